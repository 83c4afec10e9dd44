import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ruleSchema } from '../src/schema/rule.js';
import { root } from './helpers/rules.js';

describe('JSON Schema for rule files', () => {
  it('is generated from the zod schema and kept current', async () => {
    const schema = { ...z.toJSONSchema(ruleSchema, { io: 'input' }), title: 'reveal-lint rule' };
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot(join(root, 'rules/schema/rule.schema.json'));
  });
});

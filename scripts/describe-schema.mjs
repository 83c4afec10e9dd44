// Build-time bridge from the zod schemas (src/schema/rule.ts, the source of truth) to what the
// library carries at run time: the schemas are loaded here through esbuild (no TS loader
// needed) and walked into the small JSON descriptors that src/schema/validate.ts interprets.
// A zod feature the interpreter does not know fails the build rather than being skipped.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';

/** Import src/schema/rule.ts and src/schema/rewrite.ts (as `rewrite`), with zod bundled in and its `z`. */
export async function loadSchemas(root) {
  const result = await build({
    stdin: {
      contents:
        "export * from './src/schema/rule.ts'; export * as rewrite from './src/schema/rewrite.ts'; export { z } from 'zod'; export { verbForms, lexiconWords } from './src/nlp/inflect.ts'; export { CATEGORIES } from './src/categories.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const message = (def) => {
  if (typeof def.error !== 'function') return undefined;
  const m = def.error({});
  return typeof m === 'string' ? m : m?.message;
};
const withMessage = (check, def) => {
  const m = message(def);
  return m === undefined ? check : [...check, m];
};

function checksOf(def, where) {
  return (def.checks ?? []).map((c) => {
    const d = c._zod.def;
    switch (d.check) {
      case 'overwrite': {
        // zod keeps only the function: recognise the two this project uses by what they do.
        const probe = d.tx(' Ab ');
        if (probe === 'Ab') return ['trim'];
        if (probe === ' ab ') return ['lower'];
        throw new Error(`${where}: unsupported transform in schema`);
      }
      case 'min_length':
        return withMessage(['min', d.minimum], d);
      case 'max_length':
        return withMessage(['max', d.maximum], d);
      case 'string_format':
        if (d.format !== 'regex') throw new Error(`${where}: unsupported string format "${d.format}"`);
        return withMessage(['regex', d.pattern.source, d.pattern.flags], d);
      case 'number_format':
        if (d.format !== 'safeint') throw new Error(`${where}: unsupported number format "${d.format}"`);
        return withMessage(['int'], d);
      case 'greater_than':
        return withMessage([d.inclusive ? 'gte' : 'gt', Number(d.value)], d);
      case 'less_than':
        return withMessage([d.inclusive ? 'lte' : 'lt', Number(d.value)], d);
      default:
        throw new Error(`${where}: unsupported check "${d.check}"`);
    }
  });
}

/** Walk a zod schema into a descriptor for src/schema/validate.ts. */
export function describeSchema(schema, where = 'schema') {
  const def = schema._zod.def;
  const checks = () => {
    const c = checksOf(def, where);
    return c.length ? { c } : {};
  };
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall?._zod.def.type;
      if (catchall !== undefined && catchall !== 'never') throw new Error(`${where}: unsupported object catchall`);
      const shape = Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, describeSchema(v, `${where}.${k}`)]));
      return { t: 'object', shape, strict: catchall === 'never' };
    }
    case 'string':
    case 'number':
      return { t: def.type, ...checks() };
    case 'boolean':
      return { t: 'boolean' };
    case 'unknown':
    case 'any':
      return { t: 'unknown' };
    case 'array':
      return { t: 'array', el: describeSchema(def.element, `${where}[]`), ...checks() };
    case 'enum':
      return { t: 'enum', values: Object.values(def.entries) };
    case 'literal':
      return { t: 'enum', values: def.values };
    case 'union':
      return { t: 'union', options: def.options.map((o, i) => describeSchema(o, `${where}|${i}`)) };
    case 'record':
      return { t: 'record', key: describeSchema(def.keyType, `${where}{key}`), value: describeSchema(def.valueType, `${where}{}`) };
    case 'optional':
      return { t: 'optional', inner: describeSchema(def.innerType, where) };
    case 'default':
      return { t: 'default', inner: describeSchema(def.innerType, where), value: def.defaultValue };
    default:
      throw new Error(`${where}: zod type "${def.type}" is not supported by src/schema/validate.ts; add it there and here`);
  }
}

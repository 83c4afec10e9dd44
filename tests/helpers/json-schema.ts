/**
 * JSON Schema (draft 2020-12, input side) from the zod v3 schemas in src/schema.ts, in the shape and
 * key order zod 4's `z.toJSONSchema` writes. The library validates with zod's v3 API (zod 4's core
 * writes globals and builds code with the Function constructor), and `z.toJSONSchema` only reads zod 4
 * schemas; this covers what the rule schema uses.
 */
import { z } from 'zod/v3';

type Json = Record<string, unknown>;

function convert(schema: z.ZodTypeAny): Json {
  if (schema instanceof z.ZodOptional) return convert(schema.unwrap() as z.ZodTypeAny);
  if (schema instanceof z.ZodDefault) return { default: schema._def.defaultValue(), ...convert(schema.removeDefault() as z.ZodTypeAny) };
  if (schema instanceof z.ZodString) {
    const out: Json = { type: 'string' };
    for (const check of schema._def.checks) {
      if (check.kind === 'min') out.minLength = check.value;
      else if (check.kind === 'max') out.maxLength = check.value;
      else if (check.kind === 'regex') out.pattern = check.regex.source;
    }
    return out;
  }
  if (schema instanceof z.ZodNumber) return { type: schema.isInt ? 'integer' : 'number' };
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
  if (schema instanceof z.ZodEnum) return { type: 'string', enum: [...(schema.options as string[])] };
  if (schema instanceof z.ZodLiteral) return { type: typeof schema.value, const: schema.value };
  if (schema instanceof z.ZodUnion) return { anyOf: (schema.options as z.ZodTypeAny[]).map(convert) };
  if (schema instanceof z.ZodArray) {
    const min = schema._def.minLength?.value;
    return { ...(min === undefined ? {} : { minItems: min }), type: 'array', items: convert(schema.element as z.ZodTypeAny) };
  }
  if (schema instanceof z.ZodRecord) return { type: 'object', propertyNames: convert(schema.keySchema as z.ZodTypeAny), additionalProperties: convert(schema.valueSchema as z.ZodTypeAny) };
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodTypeAny>;
    const required = Object.keys(shape).filter((k) => !shape[k]!.isOptional());
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, convert(v)])),
      ...(required.length ? { required } : {}),
      ...(schema._def.unknownKeys === 'strict' ? { additionalProperties: false } : {}),
    };
  }
  if (schema instanceof z.ZodUnknown || schema instanceof z.ZodAny) return {};
  throw new Error(`no JSON Schema conversion for ${schema.constructor.name}`);
}

export function toJSONSchema(schema: z.ZodTypeAny): Json {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...convert(schema) };
}

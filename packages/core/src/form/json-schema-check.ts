// Checks a request against its JSON Schema (generated from the zod schemas: schemas/json-schemas.ts) and reports
// zod-shaped issues, so the messages that name each field (schemas/messages.ts) are the server's, word for word.
// Only the keywords those generated schemas use are read; anything else in a schema is ignored, never guessed.
// Why not zod itself: ≈6 KB min+gz on every resident's page for checks this small (bench/bundle-size.mjs);
// core/test/json-schema-check.test.ts runs both on thousands of generated inputs and expects the same verdicts.
import type * as z from 'zod/mini';

export interface JsonSchema {
  readonly type?: 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'array';
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const patterns = new Map<string, RegExp>();
const regex = (source: string) =>
  patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

function fits(type: JsonSchema['type'], v: unknown): boolean {
  if (type === 'integer') return Number.isInteger(v);
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  return type === undefined || typeOf(v) === type;
}

function visit(schema: JsonSchema, v: unknown, path: Path, out: Issue[]): void {
  const issue = (i: Record<string, unknown>) => {
    out.push({ input: v, path, ...i } as unknown as Issue);
  };
  // An enum is its own type check, as in zod: `college: 0` is « one of these values », not « wrong type ».
  if (schema.enum) {
    if (!schema.enum.includes(v)) issue({ code: 'invalid_value', values: [...schema.enum] });
    return;
  }
  if (!fits(schema.type, v))
    return issue({
      code: 'invalid_type',
      expected: schema.type === 'integer' ? 'int' : schema.type,
    });
  if (typeof v === 'string') {
    if (schema.minLength !== undefined && v.length < schema.minLength)
      issue({ code: 'too_small', origin: 'string', minimum: schema.minLength });
    if (schema.maxLength !== undefined && v.length > schema.maxLength)
      issue({ code: 'too_big', origin: 'string', maximum: schema.maxLength });
    if (schema.pattern !== undefined && !regex(schema.pattern).test(v))
      issue({ code: 'invalid_format', format: schema.format ?? 'regex' });
  } else if (typeof v === 'number') {
    if (schema.minimum !== undefined && v < schema.minimum)
      issue({ code: 'too_small', origin: 'number', minimum: schema.minimum });
    if (schema.maximum !== undefined && v > schema.maximum)
      issue({ code: 'too_big', origin: 'number', maximum: schema.maximum });
  } else if (Array.isArray(v)) {
    if (schema.minItems !== undefined && v.length < schema.minItems)
      issue({ code: 'too_small', origin: 'array', minimum: schema.minItems });
    if (schema.maxItems !== undefined && v.length > schema.maxItems)
      issue({ code: 'too_big', origin: 'array', maximum: schema.maxItems });
    if (schema.items) v.forEach((item, i) => visit(schema.items!, item, [...path, i], out));
  } else if (typeOf(v) === 'object') {
    const o = v as Record<string, unknown>;
    const props = schema.properties ?? {};
    for (const [key, sub] of Object.entries(props)) {
      if (o[key] === undefined) {
        if (schema.required?.includes(key))
          out.push({ code: 'invalid_type', expected: sub.type, path: [...path, key] } as Issue);
      } else visit(sub, o[key], [...path, key], out);
    }
    const unknown = Object.keys(o).filter((k) => !(k in props));
    if (schema.additionalProperties === false && unknown.length)
      issue({ code: 'unrecognized_keys', keys: unknown });
  }
}

/** Every issue of `value` against `schema`; empty when it is valid. */
export function checkAgainst(schema: JsonSchema, value: unknown): Issue[] {
  const out: Issue[] = [];
  visit(schema, value, [], out);
  return out;
}

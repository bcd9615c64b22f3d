// The one place that reads zod's private schema definitions (`_zod.def`, zod pinned exactly in package.json;
// test/core/library-internals.test.ts fails when the fast path stops applying to the zod in use).
// Fast acceptance of records that zod would return unchanged. The zod schema stays the only definition
// of a record: this reads its definition (types, shapes, optional and default fields) and runs its own
// checks (patterns, lengths, trimming, refinements) on the value, but makes none of zod's copies.
import type { z } from 'zod';

/** True only if parsing `value` succeeds and gives a value structurally identical to `value`. */
export type CanonicalCheck = (value: unknown) => boolean;

interface Payload {
  value: unknown;
  issues: unknown[];
}

interface SchemaCheck {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown };
}

interface Introspected {
  _zod: {
    def: {
      type: string;
      checks?: SchemaCheck[];
      coerce?: boolean;
      shape?: Record<string, Introspected>;
      innerType?: Introspected;
      element?: Introspected;
      options?: Introspected[];
      keyType?: Introspected;
      valueType?: Introspected;
    };
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: 'optional' | 'defaulted';
  };
}

const never: CanonicalCheck = () => false;

/**
 * A check derived from `schema`: true means `schema.safeParse(value)` would succeed and return a value with the
 * same keys in the same order and the same leaves (nothing trimmed, no default filled in), so `value` itself
 * can stand for the result. False means "ask zod": the value may be invalid, valid but not canonical (e.g. a
 * string to trim, keys in another order), or use a construct this does not read (unions, transforms, ...).
 */
export function compileCanonicalCheck(schema: z.ZodType): CanonicalCheck {
  const check = compile(schema as unknown as Introspected);
  return (value) => {
    try {
      return check(value);
    } catch {
      // A refinement that throws throws in zod too: let zod be the one to do it.
      return false;
    }
  };
}

function compile(schema: Introspected): CanonicalCheck {
  const { def, traits } = schema._zod;
  // A schema that is its own check (z.email() and the like) or coerces its input is left to zod.
  if (traits.has('$ZodCheck') || def.coerce) return never;
  const type = compileType(schema);
  const checks = def.checks ?? [];
  if (type === never || checks.length === 0) return type;
  return (value) => type(value) && passes(checks, value);
}

/** The one payload checks are run with: checks are synchronous and keep nothing of it. */
const payload: Payload = { value: undefined, issues: [] };

/** Runs zod's checks the way zod does (a `when` guard decides whether one runs); all must pass and change nothing. */
function passes(checks: readonly SchemaCheck[], value: unknown): boolean {
  payload.value = value;
  payload.issues.length = 0;
  for (const check of checks) {
    const { when } = check._zod.def;
    if (when && !when(payload)) continue;
    // A check returns nothing unless it is asynchronous; an overwrite (trim) that changes the value means the
    // value is not canonical.
    if (check._zod.check(payload) !== undefined || payload.issues.length > 0 || payload.value !== value) return false;
  }
  return true;
}

function compileType(schema: Introspected): CanonicalCheck {
  const { def } = schema._zod;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return (value) => value !== undefined;
    case 'enum': {
      const values = schema._zod.values;
      return values ? (value) => typeof value === 'string' && values.has(value) : never;
    }
    case 'optional':
    case 'default': {
      // Present: the inner schema decides. Absent is handled by the object (a default would be filled in).
      const inner = compile(def.innerType!);
      return (value) => value !== undefined && inner(value);
    }
    case 'array': {
      const element = compile(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def.shape!);
    case 'union': {
      // zod returns the first option that accepts the value. Only read here for options of which at most one can
      // accept a value (strict objects with different required keys, as citations are): then the one that
      // accepts it canonically is the one zod returns.
      const options = def.options!.map(compile);
      return (value) => options.some((option) => option(value));
    }
    case 'record': {
      // A record of string keys keeps the keys of its input, in their order.
      if (def.keyType!._zod.def.type !== 'string' || (def.keyType!._zod.def.checks ?? []).length > 0) return never;
      const item = compile(def.valueType!);
      return (value) => {
        if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
        for (const key in value) if (!item((value as Record<string, unknown>)[key])) return false;
        return true;
      };
    }
    default:
      return never;
  }
}

/**
 * zod builds an object's result key by key in the order of its shape, leaving out absent optional keys and
 * dropping or refusing unknown ones; so a canonical object has only shape keys, in shape order, and every key
 * that is neither optional nor absent-means-nothing present.
 */
function compileObject(shape: Record<string, Introspected>): CanonicalCheck {
  const keys = Object.keys(shape);
  if (keys.length > 30) return never;
  const position = new Map(keys.map((key, index) => [key, index]));
  const fields = keys.map((key) => compile(shape[key]));
  let required = 0;
  keys.forEach((key, index) => {
    // optin: undefined = required, 'defaulted' = zod fills it in when absent, 'optional' = may be absent.
    if (shape[key]._zod.optin !== 'optional') required |= 1 << index;
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
    const object = value as Record<string, unknown>;
    let present = 0;
    let last = -1;
    for (const key in object) {
      const index = position.get(key);
      if (index === undefined || index <= last || !fields[index](object[key])) return false;
      last = index;
      present |= 1 << index;
    }
    return (present & required) === required;
  };
}

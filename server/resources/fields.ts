import { z } from 'zod';
import { textProblem } from './plain-text.ts';
/** The resource a reference field points to, resolved when first used (resources may reference each other). */
export type Target = () => ResourceRef;

/** What a reference needs of its target (a self-reference annotates its thunk with it). */
export interface ResourceRef {
  readonly name: string;
  readonly table: string;
}

/** How a field is stored and how query-string values for it are parsed. */
export type FieldKind = 'int' | 'real' | 'text' | 'bool' | 'date' | 'datetime' | 'json';

/**
 * One field of a resource: its storage kind, the zod schema a client value must pass, whether a
 * create must supply it, whether only the server writes it, and the resource it references.
 */
export class Field<T, R extends boolean = false, K extends FieldKind = FieldKind> {
  constructor(
    readonly kind: K,
    readonly schema: z.ZodType<T>,
    readonly isRequired: R,
    readonly readOnly: boolean = false,
    readonly references?: Target,
  ) {}

  required(): Field<T, true, K> {
    return new Field(this.kind, this.schema, true, this.readOnly, this.references);
  }

  /** Written by the server only (a client value is ignored); still listed, filtered and sorted. */
  serverOwned(): Field<T, R, K> {
    return new Field(this.kind, this.schema, this.isRequired, true, this.references);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField = Field<any, boolean, FieldKind>;
export type FieldMap = Record<string, AnyField>;

/** An empty or blank string from a form means "no value". */
const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** Adds an issue at each string of a value that holds control or direction-override characters. */
function refuseHiddenCharacters(value: unknown, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) refuseHiddenCharacters(inner, ctx, [...path, key]);
  }
}

const trimmed = (max: number) =>
  z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`).superRefine((value, ctx) => refuseHiddenCharacters(value, ctx));

/** Text of at most `max` characters: trimmed, not blank, no control characters but tab and line breaks, no direction overrides. */
export const text = (max = 200) => new Field('text', trimmed(max), false);
export const email = () =>
  new Field('text', z.string().trim().toLowerCase().pipe(z.email('Not a valid email address')).pipe(z.string().max(200)), false);
export const phone = () =>
  new Field('text', z.string().trim().regex(/^[+0-9 ().-]{7,25}$/, 'Not a valid phone number'), false);
/** A web link that opens over HTTPS to a named host (no other scheme, no address, no spaces). */
export const httpsLink = () =>
  new Field('text', z.string().trim().max(500, 'At most 500 characters').regex(/^\S+$/, 'No spaces in a link').pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'An https:// link to a named site' })), false);
export const choice = <const V extends readonly [string, ...string[]]>(values: V) =>
  new Field('text', z.enum(values, { error: `One of: ${values.join(', ')}` }), false);
export const int = (min = 0, max = 2_147_483_647) =>
  new Field('int', z.number({ error: 'Must be a number' }).int('Must be a whole number').min(min, `At least ${min}`).max(max, `At most ${max}`), false);
export const money = (min = -1_000_000, max = 1_000_000) =>
  new Field(
    'real',
    z
      .number({ error: 'Must be a number' })
      .min(min, `At least ${min}`)
      .max(max, `At most ${max}`)
      .transform((n) => Math.round(n * 100) / 100),
    false,
  );
export const real = () => new Field('real', z.number({ error: 'Must be a number' }), false);
export const bool = () => new Field('bool', z.boolean({ error: 'Must be true or false' }), false);
export const date = () => new Field('date', z.iso.date('Must be a date (YYYY-MM-DD)'), false);
export const datetime = () =>
  new Field('datetime', z.iso.datetime({ offset: true, error: 'Must be a date and time (ISO 8601)' }).transform((s) => new Date(s).toISOString()), false);
export const ref = (target: Target) =>
  new Field('int', z.number({ error: 'Must be the id of a record' }).int('Must be the id of a record').positive('Must be the id of a record'), false, false, target);
/** Structured data; every string inside it follows the rules of a text field. */
export const json = <T>(schema: z.ZodType<T>) => new Field('json', schema.superRefine((value, ctx) => refuseHiddenCharacters(value, ctx)), false);

/** The client-facing zod schema of a field: optional fields accept null, blank strings become null. */
export function inputSchema(field: AnyField): z.ZodType {
  if (field.isRequired) {
    const present = z.any().refine((v) => v !== null && v !== undefined, { message: 'Required', abort: true });
    return z.preprocess(blankToNull, present.pipe(field.schema));
  }
  return z.preprocess(blankToNull, field.schema.nullable().optional());
}

type ValueOf<F> = F extends Field<infer T, infer R> ? (R extends true ? T : T | null) : never;

/** The fields every record carries, owned by the server. */
export interface BaseRecord {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The JSON shape of a stored record of a resource with these fields. */
export type RecordOf<F extends FieldMap> = BaseRecord & { [K in keyof F]: ValueOf<F[K]> };

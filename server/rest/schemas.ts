import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../resources/fields.ts';

/** The app as routes see it: `request.params`, `query` and `body` typed by the route's zod schemas. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** A record id from a URL: a positive whole number of at most 15 digits, written without a leading zero. */
export const recordId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'Invalid id')
  .transform(Number);

/** The params of a `/:id` route. */
export const idParams = z.strictObject({ id: recordId });

/**
 * The body every command accepts: optionally the `version` of the record the user saw, so that a
 * command on a record someone changed meanwhile is refused (409) rather than applied blind. No
 * body at all is an empty one.
 */
export const commandBody = <S extends z.ZodRawShape>(shape: S) => z.preprocess((body) => body ?? {}, z.strictObject({ ...shape, version: recordVersion }));

/** The version of a record the user saw, sent with a command. */
export const recordVersion = z.number({ error: 'Must be a number' }).int('Must be a whole number').positive('Must be a version').optional();

/** Text a command requires: absent or blank is "Required", like a form's required field. */
export const requiredText = (max: number) => z.preprocess((value) => value ?? '', text(max).schema);

/** The body of a command that takes nothing but the optional version. */
export const versionBody = commandBody({});

/** An ISO 8601 date and time with its offset (`Z` or `±hh:mm`), as the UTC ISO string of the same instant. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'Must be a date and time (ISO 8601)' }).transform((s) => new Date(s).toISOString());

/** A whole number from `min` to `max`, given as a query string. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `Must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `Must be a whole number from ${min} to ${max}`);

/** Text a command may take: absent, null or blank is none. */
export const optionalText = (max: number) => z.preprocess((value) => (value === '' ? null : value), text(max).schema.nullish());

import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isBusy, isUniqueViolation } from '../db/dialect.ts';
import { answerLanguage } from '../i18n/answer-language.ts';
import { answerIn } from '../i18n/translate.ts';

/** An error a client caused: answered with its status and `{ message, errors }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new HttpError(400, message, errors);
export const notFound = (message = 'Not found') => new HttpError(404, message);
export const conflict = (message: string, errors?: Record<string, string>) => new HttpError(409, message, errors);

/** What `fieldErrors` reads of a zod issue. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** Zod issues as `{ field: why }`, the first issue per field; unknown keys each get their own entry. */
export function fieldErrors(error: { issues: readonly Issue[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (field: string, why: string) => {
    if (!Object.hasOwn(errors, field)) errors[field] = why;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') issue.keys?.forEach((key) => add(key, 'Unknown field'));
    else add(issue.path.length ? issue.path.map(String).join('.') : '_', issue.message);
  }
  return errors;
}

/** The zod issue behind one of the type provider's validation errors (which carry its path as a JSON pointer). */
const issueOf = ({ keyword, instancePath, message, params }: FastifySchemaValidationError): Issue => ({
  code: keyword,
  path: instancePath.split('/').filter(Boolean),
  message: message ?? 'Invalid value',
  keys: Array.isArray(params.keys) ? params.keys.map(String) : undefined,
});

// The message of a 400 for the part of the request that the route's schema refused.
const REFUSED_PART: Record<NonNullable<FastifyError['validationContext']>, string> = {
  // every path parameter of this API is a record id
  params: 'The id must be a positive whole number',
  querystring: 'Invalid query parameters',
  body: 'Some fields are invalid',
  headers: 'Invalid headers',
};

// Fastify's own client errors (bad JSON, too large, wrong content type) keep their status.
const CLIENT_ERROR_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type: send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

/**
 * One error handler: client errors as JSON, everything else a 500 that reveals nothing (logged
 * without the body). The texts are in the request's language where the catalogue knows them
 * (`Accept-Language`: the client portal in Spanish).
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const answer = (status: number, message: string, errors: Record<string, string> = {}) =>
      reply.status(status).send(answerIn({ message, errors }, answerLanguage(request.headers['accept-language'])));
    if (error instanceof HttpError) return answer(error.status, error.message, error.errors);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return answer(400, REFUSED_PART[error.validationContext ?? 'body'], fieldErrors({ issues: error.validation.map(issueOf) }));
    }
    // Two writers passed the uniqueness check at once (several server processes): the index refuses the second.
    if (isUniqueViolation(error)) return answer(409, 'A record with this value was just written by someone else: reload and try again');
    // Another server process held the write lock past the busy timeout (a long import): nothing was written.
    if (isBusy(error)) {
      reply.header('retry-after', '5');
      return answer(503, 'The database is busy with another long write (an import?): nothing was saved, try again in a moment');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return answer(status, CLIENT_ERROR_MESSAGES[error.code] ?? error.message);
    request.log.error({ err: error }, 'request failed');
    return answer(500, 'Internal server error');
  });
}

// What the router refuses before any route runs (Fastify's `frameworkErrors`).
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'The address is not valid',
  FST_ERR_MAX_PARAM_LENGTH: 'The address is too long',
};

/** The router's own refusals (bad URL encoding, over-long ids) in the same `{ message, errors }` shape. */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply.status(status).send({ message: FRAMEWORK_MESSAGES[error.code] ?? 'Bad request', errors: {} });
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send({ message: 'Internal server error', errors: {} });
}

export function routeNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({ message: `No route ${request.method} ${request.url.split('?')[0]}`, errors: {} });
}

// What Node's HTTP parser refuses before Fastify sees a request.
const PARSER_ERRORS: Record<string, [status: number, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The address or the headers are too long'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long'],
};

/** The HTTP parser's refusals (an address over 16 kB: 431) in the same `{ message, errors }` shape (Fastify's `clientErrorHandler`). */
export function parserError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = PARSER_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP'];
  const body = JSON.stringify({ message, errors: {} });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
  ];
  if (socket.writable) socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  socket.destroy(error);
}

import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerErrorHandler } from '../../server/rest/errors.ts';
import { idParams, isoDateTime, recordId, wholeNumber } from '../../server/rest/schemas.ts';
import { api, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';

/**
 * Routes declare their params, query string and body as zod schemas: what a schema refuses never
 * reaches the handler and is answered by the one error handler as 400 `{ message, errors }`, one
 * entry per field (the first issue of each, `Unknown field` for keys the schema does not know).
 */

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
});
afterAll(() => server.close());

describe('the app refuses what a route schema refuses', () => {
  test.for([
    ['GET', '/api/regions/abc'],
    ['PATCH', '/api/regions/01'],
    ['DELETE', '/api/regions/1000000000000000'],
    ['GET', '/api/service-centers/0/onboarding'],
    ['GET', '/api/documents/1.5/file'],
  ])('params: %s %s', async ([method, url]) => {
    const res = await api(base, method, url, method === 'PATCH' ? { name: 'x' } : undefined);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: 'The id must be a positive whole number', errors: { id: 'Invalid id' } });
  });

  test('query string: a value out of range and an unknown key, each under its own key', async () => {
    const board = await api(base, 'GET', '/api/onboarding/board?stalledAfterDays=0');
    expect(board.status).toBe(400);
    expect(board.body).toEqual({ message: 'Invalid query parameters', errors: { stalledAfterDays: 'Must be a whole number from 1 to 3650' } });

    const stats = await api(base, 'GET', '/api/stats/went-live?from=2026-02-30&colour=red');
    expect(stats.status).toBe(400);
    expect(stats.body).toEqual({ message: 'Invalid query parameters', errors: { from: 'Must be a day of the calendar, YYYY-MM-DD', colour: 'Unknown field' } });
  });

  test('body: each field named, unknown keys too; a body that is no object under `_`', async () => {
    const change = await api(base, 'POST', '/api/auth/password', { currentPassword: '', newPassword: 5, colour: 'red' });
    expect(change.status).toBe(400);
    expect(change.body).toEqual({
      message: 'Some fields are invalid',
      errors: { currentPassword: 'Required', newPassword: expect.any(String), colour: 'Unknown field' },
    });

    const login = await api(base, 'POST', '/api/auth/login', '[]', { cookie: '' });
    expect(login.status).toBe(400);
    expect(login.body).toEqual({ message: 'Some fields are invalid', errors: { _: expect.any(String) } });
  });

  test('what a schema parses is what the handler gets', async () => {
    const login = await api(base, 'POST', '/api/auth/login', { email: `  ${TEST_ADMIN.email.toUpperCase()} `, password: TEST_ADMIN.password }, { cookie: '' });
    expect(login.status).toBe(200);
    expect(login.body.email).toBe(TEST_ADMIN.email);

    const board = await api(base, 'GET', '/api/onboarding/board?stalledAfterDays=45');
    expect(board.status).toBe(200);
    expect(board.body.stalledAfterDays).toBe(45);
  });
});

describe('the error handler names nested fields by their path', () => {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandler(app);
  app.post(
    '/things/:id',
    { schema: { params: idParams, body: z.strictObject({ startedAt: isoDateTime, parts: z.array(z.strictObject({ name: z.string().min(1, 'Required') })) }) } },
    async (request) => ({ id: request.params.id, startedAt: request.body.startedAt }),
  );
  afterAll(() => app.close());

  test('a nested issue is `parts.1.name`, a nested unknown key its own name', async () => {
    const res = await app.inject({ method: 'POST', url: '/things/7', payload: { startedAt: 'tomorrow', parts: [{ name: 'a' }, { name: '' }, { name: 'c', size: 3 }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      message: 'Some fields are invalid',
      errors: { startedAt: 'Must be a date and time (ISO 8601)', 'parts.1.name': 'Required', size: 'Unknown field' },
    });
  });

  test('a valid request reaches the handler parsed', async () => {
    const res = await app.inject({ method: 'POST', url: '/things/7', payload: { startedAt: '2026-03-04T10:00:00+02:00', parts: [] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 7, startedAt: '2026-03-04T08:00:00.000Z' });
  });
});

describe('the shared schemas', () => {
  test('recordId: a positive whole number of at most 15 digits, without a leading zero', () => {
    expect(recordId.parse('1')).toBe(1);
    expect(recordId.parse('999999999999999')).toBe(999_999_999_999_999);
    for (const bad of ['', '0', '01', '-1', '1.5', '1e3', '+1', ' 1', '1000000000000000']) {
      expect(recordId.safeParse(bad).error?.issues[0].message, bad).toBe('Invalid id');
    }
  });

  test('isoDateTime: a calendar date and time with an offset, as UTC', () => {
    expect(isoDateTime.parse('2024-02-29T23:30:00.5-01:00')).toBe('2024-03-01T00:30:00.500Z');
    for (const bad of ['tomorrow', '2026-03-04', '2026-03-04 10:00:00Z', '2026-03-04T10:00:00', '2026-02-30T10:00:00Z', '2026-03-04T24:00:00Z']) {
      expect(isoDateTime.safeParse(bad).error?.issues[0].message, bad).toBe('Must be a date and time (ISO 8601)');
    }
  });

  test('wholeNumber: digits only, within its bounds', () => {
    const days = wholeNumber(1, 365);
    expect(days.parse('365')).toBe(365);
    for (const bad of ['0', '366', '-1', '1.5', 'ten', '']) expect(days.safeParse(bad).success, bad).toBe(false);
  });
});

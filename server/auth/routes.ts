import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { HttpError, badRequest } from '../rest/errors.ts';
import type { App } from '../rest/schemas.ts';
import { writeAudit } from './audit.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { homeOf, permissionsOf } from './policy.ts';
import { userOf } from './request-user.ts';
import { SESSION_COOKIE, createSession, findSession, revokeSession, revokeUserSessions, type SessionLimits, type SignedInUser } from './sessions.ts';
import { judgedPath, isApiRequest } from './api-path.ts';
import { passwordChangeKeys, reserveAttempt, settleSuccess, signInKeys, type ThrottlePolicy } from './throttle.ts';
import { throttled } from './throttled.ts';
import { ACCOUNT_PUBLIC_PATHS, registerAccountRoutes } from './accounts/routes.ts';
import { isPendingLogin } from './accounts/verification-links.ts';

export interface AuthOptions {
  limits: SessionLimits;
  throttle: ThrottlePolicy;
  /** Mark the cookie `Secure`: always, never, or `auto` when the request came over HTTPS (as the proxy says, with TRUST_PROXY). */
  secureCookie: boolean | 'auto';
  /** Where customers open the app (PUBLIC_URL), for the links in e-mails. */
  publicUrl: string;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Sign-in, enrolment and the e-mail links, and the service-center locator (a read of public facts: live centers' addresses, phones and hours).
const PUBLIC = new Set(['/api/auth/login', ...ACCOUNT_PUBLIC_PATHS, '/api/locator']);

const credentials = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, 'Required').max(200),
  password: z.string().min(1, 'Required').max(200),
});

const passwordChange = z.strictObject({
  currentPassword: z.string().min(1, 'Required').max(200),
  newPassword: z.string().max(200),
});

// Verified against when the email is unknown, so both failures take the same time.
const UNKNOWN_USER_HASH = hashPassword('not-a-real-password-0');

/** Who is signed in, what they may do, and which app is theirs (`home`: the SPAs send a user elsewhere to it). */
export const describeUser = (user: SignedInUser) => ({ ...user, permissions: permissionsOf(user), home: homeOf(user) });

/** Sign-in, sign-out, who am I, change my password, enrolment and e-mail links; and the hook that guards every /api route. */
export function registerAuth(app: App, db: Db, options: AuthOptions) {
  app.decorateRequest('user', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!isApiRequest(request)) return;
    if (MUTATING.has(request.method) && request.headers['x-requested-with'] !== 'XMLHttpRequest') {
      throw new HttpError(403, 'Requests that change data must carry the header X-Requested-With: XMLHttpRequest');
    }
    if (PUBLIC.has(judgedPath(request))) return;
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSession(db, token, options.limits) : null;
    if (!request.user) throw new HttpError(401, 'Sign in first');
  });

  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookie === 'auto' ? request.protocol === 'https' : options.secureCookie,
      path: '/',
      maxAge: Math.floor(options.limits.absoluteMs / 1000),
    });

  app.post('/api/auth/login', { schema: { body: credentials } }, async (request, reply) => {
    const { email, password } = request.body;
    // Counted before the password is checked, so that parallel attempts cannot all pass the check.
    const reservation = await reserveAttempt(db, signInKeys(email, request.ip, options.throttle), options.throttle);
    await throttled(reservation, 'failed sign-ins');

    const user = await db.selectFrom('users').select(['id', 'name', 'passwordHash', 'active']).where('email', '=', email).executeTakeFirst();
    const matches = await verifyPassword(password, user?.passwordHash ?? (await UNKNOWN_USER_HASH));
    if (!user || !matches || !user.active) {
      await writeAudit(db, { userId: user?.id ?? null, userName: user?.name ?? null, action: 'sign-in-failed', resource: 'sessions', summary: email });
      // Only who chose the password learns that the account waits for its link.
      if (user && matches && (await isPendingLogin(db, user))) throw new HttpError(401, 'Confirm your e-mail address first: open the link we sent you (it works for 24 hours), or enrol again for a new one');
      throw new HttpError(401, 'Wrong email or password');
    }
    await settleSuccess(db, reservation);
    const token = await db.transaction().execute(async (trx) => {
      await writeAudit(trx, { userId: user.id, userName: user.name, action: 'sign-in', resource: 'sessions' });
      return createSession(trx, user.id);
    });
    setCookie(request, reply, token);
    return describeUser((await findSession(db, token, options.limits))!);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const user = userOf(request);
    await db.transaction().execute(async (trx) => {
      await revokeSession(trx, request.cookies[SESSION_COOKIE]!);
      await writeAudit(trx, { userId: user.id, userName: user.name, action: 'sign-out', resource: 'sessions' });
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', async (request) => describeUser(userOf(request)));

  app.post('/api/auth/password', { schema: { body: passwordChange } }, async (request) => {
    const user = userOf(request);
    const { currentPassword, newPassword } = request.body;
    const reservation = await reserveAttempt(db, passwordChangeKeys(user.id, options.throttle), options.throttle);
    await throttled(reservation, 'wrong current passwords');
    const stored = await db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(currentPassword, stored.passwordHash))) {
      throw badRequest('The current password is wrong', { currentPassword: 'Wrong password' });
    }
    await settleSuccess(db, reservation);
    const problem = passwordProblem(newPassword);
    if (problem) throw badRequest('The new password does not meet the policy', { newPassword: problem });
    const passwordHash = await hashPassword(newPassword);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set((eb) => ({ passwordHash, updatedAt: new Date().toISOString(), version: eb('version', '+', 1) }))
        .where('id', '=', user.id)
        .execute();
      await revokeUserSessions(trx, user.id, new Date(), request.cookies[SESSION_COOKIE]);
      await writeAudit(trx, { userId: user.id, userName: user.name, action: 'password-change', resource: 'users', recordId: user.id });
    });
    return { ok: true };
  });

  registerAccountRoutes(app, db, options);
}

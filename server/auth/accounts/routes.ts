import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { email, text } from '../../resources/fields.ts';
import { badRequest } from '../../rest/errors.ts';
import type { App } from '../../rest/schemas.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../passwords.ts';
import { userOf } from '../request-user.ts';
import { enrolKeys, passwordChangeKeys, reserveAttempt, settleSuccess, type ThrottlePolicy } from '../throttle.ts';
import { throttled } from '../throttled.ts';
import { requestEmailChange } from './email-change.ts';
import { ENROL_ANSWER, enrol } from './enrol.ts';
import { verifyEmail } from './verify-email.ts';

/** The routes that need no session: enrolling and opening a link. */
export const ACCOUNT_PUBLIC_PATHS = ['/api/auth/enrol', '/api/auth/verify-email'];

/** A new password, with the provider's rule (at least 8 characters with a number) under its field. */
const newPassword = z
  .string()
  .max(200, 'At most 200 characters')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const enrolment = z.strictObject({
  caseNumber: text(40).schema,
  lastName: text(60).schema,
  deviceSerial: text(40).schema,
  email: email().schema,
  password: newPassword,
});

const link = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'This link is not valid') });

const emailChange = z.strictObject({
  newEmail: email().schema,
  currentPassword: z.string().min(1, 'Required').max(200),
});

export interface AccountOptions {
  throttle: ThrottlePolicy;
  /** Where customers open the app (PUBLIC_URL), for the links in e-mails. */
  publicUrl: string;
}

/** Enrolment from facts a customer holds, e-mail links that confirm an address, and a signed-in user's change of e-mail. */
export function registerAccountRoutes(app: App, db: Db, { throttle, publicUrl }: AccountOptions) {
  app.post('/api/auth/enrol', { schema: { body: enrolment } }, async (request, reply) => {
    const { password, ...facts } = request.body;
    // Counted before the facts are looked up, like a sign-in; a match settles it.
    const reservation = await reserveAttempt(db, enrolKeys(facts.caseNumber, request.ip, throttle), throttle);
    await throttled(reservation, 'enrolment attempts');
    const matched = await enrol(db, { ...facts, passwordHash: await hashPassword(password) }, publicUrl);
    if (matched) await settleSuccess(db, reservation);
    return reply.status(202).send({ message: ENROL_ANSWER });
  });

  app.post('/api/auth/verify-email', { schema: { body: link } }, async (request) => verifyEmail(db, request.body.token));

  app.post('/api/auth/email', { schema: { body: emailChange } }, async (request, reply) => {
    const user = userOf(request);
    const { newEmail, currentPassword } = request.body;
    const reservation = await reserveAttempt(db, passwordChangeKeys(user.id, throttle), throttle);
    await throttled(reservation, 'wrong current passwords');
    const stored = await db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(currentPassword, stored.passwordHash))) {
      throw badRequest('The current password is wrong', { currentPassword: 'Wrong password' });
    }
    await settleSuccess(db, reservation);
    await db.transaction().execute((trx) => requestEmailChange(trx, user, newEmail, publicUrl));
    return reply.status(202).send({ message: `Check your inbox at ${newEmail} and open the link within 24 hours. Until then, sign in with ${user.email}.`, pendingEmail: newEmail });
  });
}

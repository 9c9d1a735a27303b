import type { FastifyRequest } from 'fastify';
import { HttpError } from '../rest/errors.ts';
import type { SignedInUser } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook for every /api request except sign-in. */
    user: SignedInUser | null;
  }
}

/** The signed-in user of a request that passed the auth hook. */
export function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new HttpError(401, 'Sign in first');
  return request.user;
}

import { useQuery } from '@tanstack/react-query';
import type { SignedInUser } from '../../../server/auth/sessions.ts';
import { clientFetch } from '../api.ts';

/** The signed-in user as `GET /api/auth/me` names them: a customer's login names its customer. */
export type Me = Pick<SignedInUser, 'id' | 'name' | 'email' | 'customerId'>;

export const ME_KEY = ['auth', 'me'];

/** Who is signed in (their id, e-mail and customer), read once and shared by the account pages. */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: () => clientFetch<Me>('/api/auth/me') });

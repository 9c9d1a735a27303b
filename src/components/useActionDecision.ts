import { useAuthProvider } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { AccessQuestion, AppAuthProvider } from '../providers/authProvider.ts';

export interface ActionDecisionState {
  isPending: boolean;
  /** The role may take the action (if not, hide the control). */
  permitted: boolean;
  /** The role may, and the record's state allows it now. */
  allowed: boolean;
  /** Why not: the server's reason (from the record's dry run), when permitted but not allowed. */
  reason: string | null;
}

const PENDING: ActionDecisionState = { isPending: true, permitted: false, allowed: false, reason: null };

/**
 * The server's decision on an action, on this record when one is given (its dry run), with the
 * reason for a refusal: what a command button needs to be hidden, disabled with the reason, or
 * enabled. Unlike `useCanAccess` it never takes the record from the context: a check of another
 * resource inside a record's page stays a question about the role. Without an auth provider
 * everything is allowed (react-admin's rule).
 */
export function useActionDecision({ resource, action, record }: AccessQuestion): ActionDecisionState {
  const authProvider = useAuthProvider<AppAuthProvider>();
  const { data } = useQuery({
    queryKey: ['auth', 'decide', { resource, action, recordId: record?.id, version: record?.version }],
    queryFn: () => (authProvider ? authProvider.decide({ resource, action, record }) : ({ allowed: true, permitted: true } as const)),
  });
  if (!data) return PENDING;
  return { isPending: false, permitted: data.permitted, allowed: data.allowed, reason: data.allowed ? null : data.reason };
}

import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { ConflictNotice } from './ConflictNotice.tsx';
import { hasFieldErrors, isEditConflict } from './conflict.ts';
import { errorMessage } from './errorMessage.ts';

/**
 * `onError` for an Edit's `mutationOptions`: a stale-version 409 is told as "someone else
 * changed this record" with a Reload action (refetches the record, discarding the edits);
 * anything else as react-admin does for a pessimistic Edit — field errors under the fields,
 * other errors notified with the server's message.
 */
export function useConflictHandler() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      if (isEditConflict(error)) {
        notify(<ConflictNotice />, { type: 'warning', autoHideDuration: null });
        return;
      }
      if (hasFieldErrors(error)) return;
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}

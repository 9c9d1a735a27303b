import { useAuthProvider, useNotify, useRefresh } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { AppAuthProvider } from '../providers/authProvider.ts';
import { errorMessage } from './errorMessage.ts';

export interface CommandMutationOptions<TData, TVariables> {
  /** The command: a typed method of the data provider (`useAppDataProvider()`). */
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** Notified on success (a translation key); none when the screen shows the answer itself. */
  successMessage?: string;
  successMessageArgs?: Record<string, unknown>;
  onSuccess?: (data: TData, variables: TVariables) => void;
}

/**
 * Runs a command of the API from a control: `isPending` while it runs; when done, the dry runs are
 * forgotten, a success notice and a refresh of what is on screen; when refused, the server's reason as an error notice.
 */
export function useCommandMutation<TData, TVariables = void>({ mutationFn, successMessage, successMessageArgs, onSuccess }: CommandMutationOptions<TData, TVariables>) {
  const notify = useNotify();
  const refresh = useRefresh();
  const authProvider = useAuthProvider<AppAuthProvider>();
  return useMutation<TData, unknown, TVariables>({
    mutationFn,
    onSuccess: (data, variables) => {
      authProvider?.forgetDecisions();
      if (successMessage) notify(successMessage, { type: 'success', messageArgs: successMessageArgs });
      refresh();
      onSuccess?.(data, variables);
    },
    onError: (error) => {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
  });
}

import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { commandError, type CommandProvider } from './commandError.ts';

/**
 * Runs a command of the API (`POST /api/<path>`) from a button: `busy` while it runs, a success
 * notice and a refresh when it is done, the rule's reason as an error notice when it is refused.
 * Resolves to whether it succeeded.
 */
export function useCommand() {
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CommandProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (path: string, done: string, body?: unknown): Promise<boolean> => {
    setBusy(true);
    try {
      await (body === undefined ? dataProvider.command(path) : dataProvider.command(path, body));
      notify(done, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(commandError(error), { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

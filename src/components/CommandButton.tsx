import { useState } from 'react';
import { Confirm } from 'react-admin';
import { ActionButton, type ActionButtonProps } from './ActionButton.tsx';
import { useCommandMutation } from './useCommandMutation.ts';

export interface CommandButtonProps<TData> extends Omit<ActionButtonProps, 'onClick' | 'busy'> {
  /** The command: a typed method of the data provider. */
  run: () => Promise<TData>;
  /** Translation key notified when it is done. */
  successMessage: string;
  /** Asked before running it (translation keys and their options). */
  confirm?: { title: string; content: string; translateOptions?: Record<string, unknown> };
  onSuccess?: (data: TData) => void;
}

/**
 * A command of the API on a record, as one button: hidden or disabled with the server's reason
 * as `ActionButton` decides, an optional confirmation, busy while it runs, then a success notice
 * and a refresh, or the server's reason for refusing it.
 */
export function CommandButton<TData>({ run, successMessage, confirm, onSuccess, ...button }: CommandButtonProps<TData>) {
  const [open, setOpen] = useState(false);
  const command = useCommandMutation<TData>({ mutationFn: run, successMessage, onSuccess });
  const execute = () => command.mutate(undefined, { onSettled: () => setOpen(false) });
  return (
    <>
      <ActionButton {...button} busy={command.isPending} onClick={confirm ? () => setOpen(true) : execute} />
      {confirm && (
        <Confirm
          isOpen={open}
          loading={command.isPending}
          title={confirm.title}
          content={confirm.content}
          titleTranslateOptions={confirm.translateOptions}
          contentTranslateOptions={confirm.translateOptions}
          onConfirm={execute}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

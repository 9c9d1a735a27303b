import { useState, type ReactElement } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import { useCommandMutation } from './useCommandMutation.ts';

export interface CommentCommandButtonProps<TData> {
  resource: string;
  action: string;
  record: RaRecord;
  /** Translation keys: the button, the dialog's title, the comment's label, the notice when done. */
  label: string;
  title: string;
  commentLabel: string;
  successMessage: string;
  icon: ReactElement;
  testId: string;
  /** A comment is required (the confirm button stays off until one is written). */
  required?: boolean;
  maxLength: number;
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'inherit' | 'info';
  /** The command, with the trimmed comment (null when left blank). */
  run: (comment: string | null) => Promise<TData>;
}

/**
 * A command that takes a comment (close with a word, reopen saying why): the button as the server
 * decides it, then a dialog asking for the comment, which confirms the command (Escape cancels).
 */
export function CommentCommandButton<TData>({ label, title, commentLabel, successMessage, required = false, maxLength, run, ...button }: CommentCommandButtonProps<TData>) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const command = useCommandMutation<TData, string | null>({
    mutationFn: run,
    successMessage,
    onSuccess: () => {
      setOpen(false);
      setComment('');
    },
  });
  const trimmed = comment.trim();
  const blocked = required && trimmed === '';
  return (
    <>
      <ActionButton {...button} label={label} size="small" busy={command.isPending} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!blocked) command.mutate(trimmed || null);
          }}
        >
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={3}
              margin="dense"
              label={translate(commentLabel)}
              required={required}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              slotProps={{ htmlInput: { maxLength } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={blocked || command.isPending}>
              {translate(label)}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}

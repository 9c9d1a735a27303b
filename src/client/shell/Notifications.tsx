import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Snackbar } from '@mui/material';
import { useNotificationContext, useTakeUndoableMutation, useTranslate, type NotificationPayload } from 'ra-core';

/**
 * What ra-core's `useNotify()` says, one message at a time at the bottom of the screen; an
 * undoable change is applied when its message closes, or undone with its Undo button.
 */
export const Notifications = () => {
  const translate = useTranslate();
  const { notifications, takeNotification } = useNotificationContext();
  const takeMutation = useTakeUndoableMutation();
  const [current, setCurrent] = useState<NotificationPayload>();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (current || !notifications.length) return;
    const next = takeNotification();
    if (next) {
      setCurrent(next);
      setOpen(true);
    }
  }, [notifications, current, takeNotification]);

  // The message is gone: an undoable change it held is applied, or undone.
  const settle = useCallback(
    (isUndo: boolean) => {
      if (current?.notificationOptions?.undoable) takeMutation()?.({ isUndo });
      setCurrent(undefined);
    },
    [current, takeMutation],
  );

  if (!current) return null;
  const { message, type, notificationOptions = {} } = current;
  const { autoHideDuration = 5000, messageArgs, undoable } = notificationOptions;
  return (
    <Snackbar
      open={open}
      autoHideDuration={autoHideDuration ?? undefined}
      onClose={(_, reason) => reason !== 'clickaway' && setOpen(false)}
      slotProps={{ transition: { onExited: () => settle(false) } }}
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
    >
      <Alert
        severity={type}
        variant="filled"
        onClose={() => setOpen(false)}
        action={
          undoable ? (
            <Button color="inherit" size="small" onClick={() => settle(true)}>
              {translate('ra.action.undo')}
            </Button>
          ) : undefined
        }
        sx={{ width: '100%' }}
      >
        {typeof message === 'string' ? translate(message, { _: message, ...messageArgs }) : message}
      </Alert>
    </Snackbar>
  );
};

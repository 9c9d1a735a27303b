import type { ReactElement } from 'react';
import { Box, Button, Typography, type ButtonProps } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { useActionDecision } from './useActionDecision.ts';

export interface ActionButtonProps {
  resource: string;
  /** A react-admin action (`edit`, `delete`) or a command of the resource (`authorize`, `go-live`). */
  action: string;
  record: RaRecord;
  /** Translation key of the button's text. */
  label: string;
  icon: ReactElement;
  onClick: () => void;
  /** Why this screen keeps the button off (form feedback, already translated), shown like the server's reason. */
  reason?: string | null;
  /** Off without a reason to show (e.g. nothing chosen yet). */
  disabled?: boolean;
  busy?: boolean;
  /** The reason's `data-testid` is `<testId>-reason`. */
  testId: string;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/**
 * A button for an action on a record that the server decides: hidden when the role may not take
 * it, disabled with the server's reason when the record's state refuses it (the dry run), or with
 * the screen's own reason; enabled otherwise.
 */
export const ActionButton = ({ resource, action, record, label, icon, onClick, reason = null, disabled = false, busy = false, testId, color, variant = 'contained', size }: ActionButtonProps) => {
  const translate = useTranslate();
  const decision = useActionDecision({ resource, action, record });
  if (!decision.permitted) return null;
  const why = decision.reason ?? reason;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, alignItems: 'flex-start' }}>
      <Button variant={variant} color={color} size={size} startIcon={icon} disabled={why !== null || disabled || busy} onClick={onClick}>
        {translate(label)}
      </Button>
      {why !== null && (
        <Typography variant="body2" color="text.secondary" data-testid={`${testId}-reason`}>
          {translate(why, { _: why })}
        </Typography>
      )}
    </Box>
  );
};

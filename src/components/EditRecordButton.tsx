import EditIcon from '@mui/icons-material/Edit';
import { Typography } from '@mui/material';
import { Button, EditButton, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useActionDecision } from './useActionDecision.ts';

/**
 * Edit for the record shown: hidden when the role may not edit, disabled with the server's reason
 * when the record no longer changes (a completed work order, a submitted audit, a live center for
 * onboarding staff).
 */
export const EditRecordButton = ({ label }: { label?: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const decision = useActionDecision({ resource, action: 'edit', record });
  if (!record || !decision.permitted) return null;
  if (decision.allowed) return <EditButton label={label} />;
  return (
    <>
      <Typography variant="caption" color="text.secondary" data-testid="edit-reason">
        {translate(decision.reason ?? '', { _: decision.reason })}
      </Typography>
      <Button label={label ?? 'ra.action.edit'} disabled>
        <EditIcon />
      </Button>
    </>
  );
};

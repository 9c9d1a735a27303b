import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ChoiceGroup } from '../../providers/choiceMessages.ts';

type Color = 'default' | 'info' | 'success' | 'warning' | 'error';

const COLORS: Partial<Record<ChoiceGroup, Record<string, Color>>> = {
  outboxStatus: { queued: 'info', sending: 'info', sent: 'success', failed: 'error' },
  shipmentStatus: { preparing: 'warning', shipped: 'info', delivered: 'success', returned: 'default' },
};

/** A status as a coloured chip (its human label from the value list). */
export const StatusChip = ({ source = 'status', group }: { source?: string; group: 'outboxStatus' | 'shipmentStatus'; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={COLORS[group]?.[value] ?? 'default'}
      label={translate(`choices.${group}.${value}`)}
      data-testid={`status-${value}`}
      sx={{ alignSelf: 'flex-start', width: 'fit-content' }}
    />
  );
};

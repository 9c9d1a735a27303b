import { AutocompleteInput, DateTimeInput, ReferenceInput, SelectInput, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { AUTHORISED_FIELDS, COMMAND_STATUSES, workOrderClass } from '../../../server/rules/work-orders/rules.ts';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { choicesOf } from '../../components/choices.ts';
import { WorkOrderCostHint } from './WorkOrderCostHint.tsx';
import { WorkOrderTypeHint } from './WorkOrderTypeHint.tsx';

/** Statuses the form offers: the commands set authorised and completed (kept visible when stored). */
const statusChoices = (current: string | undefined) =>
  choicesOf('workOrderStatus').map((choice) => ({ ...choice, disabled: COMMAND_STATUSES.includes(choice.id) && choice.id !== current }));

const LIVE_ONLY = { onboardingStatus: 'live' };

/** The fields of a work order, shared by create and edit; the rules the server applies are shown beside them. */
export const WorkOrderInputs = () => {
  const translate = useTranslate();
  const record = useRecordContext<WorkOrder>();
  const type = useWatch({ name: 'type' }) as string | undefined;
  const customerId = useWatch({ name: 'customerId' }) as number | null | undefined;
  const kind = type ? workOrderClass(type) : null;
  const locked = Boolean(record?.authorizedAt);
  const lockedHint = locked ? translate('resources.work-orders.hints.authorizedLocked') : undefined;
  const isLocked = (field: string) => locked && AUTHORISED_FIELDS.includes(field);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
      <Box>
        <ChoiceInput source="type" group="workOrderType" validate={required()} disabled={isLocked('type')} helperText={lockedHint} fullWidth />
        <WorkOrderTypeHint type={type} />
      </Box>
      <SelectInput source="status" choices={statusChoices(record?.status)} validate={required()} helperText="resources.work-orders.hints.commandStatus" />
      <ReferenceInput source="serviceCenterId" reference="service-centers" filter={LIVE_ONLY}>
        <AutocompleteInput validate={required()} fullWidth disabled={isLocked('serviceCenterId')} helperText="resources.work-orders.hints.liveCenters" />
      </ReferenceInput>
      <DateTimeInput source="scheduledAt" validate={required()} />
      <ReferenceInput source="customerId" reference="customers">
        <AutocompleteInput fullWidth disabled={isLocked('customerId')} validate={kind === 'appointment' || kind === 'walk-in' ? required() : undefined} />
      </ReferenceInput>
      <ReferenceInput source="vehicleId" reference="vehicles" filter={customerId ? { customerId } : {}}>
        <AutocompleteInput fullWidth disabled={isLocked('vehicleId')} validate={kind === 'appointment' ? required() : undefined} />
      </ReferenceInput>
      <DateTimeInput source="startedAt" />
      <WorkOrderCostHint type={type} />
      <TextInput source="notes" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  );
};

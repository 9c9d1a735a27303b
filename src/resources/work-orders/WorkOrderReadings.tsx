import { Box, Typography } from '@mui/material';
import { BooleanField, NumberField, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { FieldGrid } from '../../components/FieldGrid.tsx';

/** A calibration's readings (reference standard, as found, as left, reference within its certificate); nothing for other work. */
export const WorkOrderReadings = () => {
  const record = useRecordContext<WorkOrder>();
  const translate = useTranslate();
  if (record?.type !== 'calibration') return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{translate('resources.work-orders.walkIn.readings')}</Typography>
      <FieldGrid label={false}>
        <NumberField source="referenceStandard" emptyText="—" />
        <NumberField source="asFoundReading" emptyText="—" />
        <NumberField source="asLeftReading" emptyText="—" />
        <BooleanField source="referenceWithinCertificate" emptyText="—" />
      </FieldGrid>
    </Box>
  );
};

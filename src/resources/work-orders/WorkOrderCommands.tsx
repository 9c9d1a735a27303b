import { Box, Button } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Link } from 'react-router-dom';
import { CanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { AuthorizeWorkOrderButton } from './AuthorizeWorkOrderButton.tsx';
import { CompleteWorkOrderButton } from './CompleteWorkOrderButton.tsx';
import { NoShowWorkOrderButton } from './NoShowWorkOrderButton.tsx';
import { StartWorkOrderButton } from './StartWorkOrderButton.tsx';

/** The work order's commands, each with the reason it is unavailable: Authorize, Start, Complete, No-show, Print. */
export const WorkOrderCommands = () => {
  const record = useRecordContext<WorkOrder>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
      <AuthorizeWorkOrderButton />
      <StartWorkOrderButton />
      <CompleteWorkOrderButton />
      <NoShowWorkOrderButton />
      <CanAccess resource="work-orders" action="print" record={record}>
        <Button variant="outlined" startIcon={<PrintIcon />} component={Link} to={`/work-orders/${String(record.id)}/print`}>
          {translate('resources.work-orders.print.button')}
        </Button>
      </CanAccess>
    </Box>
  );
};

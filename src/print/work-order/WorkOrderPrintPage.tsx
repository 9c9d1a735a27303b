import { useParams, useNavigate } from 'react-router-dom';
import { Button, CircularProgress } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { WorkOrderSheet } from './WorkOrderSheet.tsx';
import './print.css';

/**
 * /work-orders/:id/print: the printable work order (another copy of a lost, wrong or missing one),
 * without the app's layout. Opening it asks the server for the print, which records it in the audit log.
 */
export const WorkOrderPrintPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useAppDataProvider();
  const printed = useQuery({
    queryKey: ['work-orders', 'print', id],
    queryFn: async () => (await dataProvider.printWorkOrder(String(id))).data,
    // One request per visit: each one is an audited print.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return (
    <main>
      <div className="print-toolbar">
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(`/work-orders/${String(id)}/show`)}>
          {translate('resources.work-orders.print.back')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} disabled={!printed.data} onClick={() => window.print()}>
          {translate('resources.work-orders.print.button')}
        </Button>
      </div>
      {printed.isPending && (
        <div className="print-sheet wo-print" role="status">
          <CircularProgress size={20} /> {translate('resources.work-orders.print.loading')}
        </div>
      )}
      {printed.error && (
        <div className="print-sheet wo-print">
          <ErrorAlert error={printed.error} />
        </div>
      )}
      {printed.data && <WorkOrderSheet data={printed.data} />}
    </main>
  );
};

import PrintIcon from '@mui/icons-material/Print';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Shipment } from '../../../server/resources/types.ts';

/** Opens the printable packing list of this shipment. */
export const PrintPackingListButton = () => {
  const shipment = useRecordContext<Shipment>();
  if (!shipment) return null;
  return <Button component={Link} to={`/shipments/${String(shipment.id)}/packing-list`} label="resources.shipments.actions.printPackingList" startIcon={<PrintIcon />} />;
};

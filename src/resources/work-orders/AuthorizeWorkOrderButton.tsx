import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { useRecordContext } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { needsAuthorization } from '../../../server/rules/work-orders/rules.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/**
 * "Authorize" on a removal, exchange or vehicle switch, after a confirmation: for those the server
 * lets authorise, disabled with its reason when the order cannot be (closed, already authorised).
 */
export const AuthorizeWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  const dataProvider = useAppDataProvider();
  if (!record || !needsAuthorization(record.type)) return null;
  return (
    <CommandButton
      resource="work-orders"
      action="authorize"
      record={record}
      label="resources.work-orders.authorize.button"
      icon={<VerifiedUserIcon />}
      testId="authorize"
      run={() => dataProvider.authorizeWorkOrder(record.id)}
      successMessage="resources.work-orders.authorize.done"
      confirm={{ title: 'resources.work-orders.authorize.confirmTitle', content: 'resources.work-orders.authorize.confirmContent', translateOptions: { number: record.number } }}
    />
  );
};

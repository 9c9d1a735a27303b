import PaymentsIcon from '@mui/icons-material/Payments';
import type { Payment } from '../../../server/resources/types.ts';
import { PaymentList } from './PaymentList.tsx';
import { PaymentShow } from './PaymentShow.tsx';

/** Read-only: customers pay in the portal (POST /api/payments), auto-pay charges on the plan's dates. */
export default {
  list: PaymentList,
  show: PaymentShow,
  icon: PaymentsIcon,
  recordRepresentation: (record: Payment) => `#${record.id}`,
};

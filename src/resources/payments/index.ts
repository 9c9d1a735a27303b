import PaymentsIcon from '@mui/icons-material/Payments';
import type { Payment } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

/** Read-only: customers pay in the portal (POST /api/payments), auto-pay charges on the plan's dates. */
export default {
  list: lazyView(() => import('./PaymentList.tsx'), (module) => module.PaymentList),
  show: lazyView(() => import('./PaymentShow.tsx'), (module) => module.PaymentShow),
  icon: PaymentsIcon,
  recordRepresentation: (record: Payment) => `#${record.id}`,
};

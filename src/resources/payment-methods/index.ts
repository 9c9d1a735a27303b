import CreditCardIcon from '@mui/icons-material/CreditCard';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { cardName } from './cardName.ts';

/** Customers' saved cards: shown on the customer (read-only); customers add and remove them in the portal. */
export default {
  icon: CreditCardIcon,
  recordRepresentation: (record: PaymentMethod) => cardName(record.brand, record.last4),
};

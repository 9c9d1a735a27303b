import PaymentIcon from '@mui/icons-material/Payment';
import type { ClientPage } from '../pages.ts';
import { PaymentsPage } from './PaymentsPage.tsx';

/** The portal's payments page (balance, pay now, saved cards, plan and auto-pay, history). */
export const paymentPages: ClientPage[] = [{ path: 'payments', label: 'client.payments.title', icon: PaymentIcon, element: <PaymentsPage />, order: 30 }];

import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import type { ClientPage } from '../pages.ts';
import { EnrolPage } from './EnrolPage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { VerifyEmailPage } from './VerifyEmailPage.tsx';

/** Creating an account and confirming an e-mail (open without signing in, reached by links), and the profile. */
export const accountPages: ClientPage[] = [
  { path: 'enrol', label: 'client.account.menu.enrol', icon: HowToRegIcon, element: <EnrolPage />, public: true },
  { path: 'verify-email', label: 'client.account.menu.verify', icon: MarkEmailReadIcon, element: <VerifyEmailPage />, public: true },
  { path: 'profile', label: 'client.account.menu.profile', icon: AccountCircleIcon, element: <ProfilePage />, order: 80 },
];

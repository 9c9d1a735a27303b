import LoginIcon from '@mui/icons-material/Login';
import type { ClientPage } from '../pages.ts';
import { SignInPage } from './SignInPage.tsx';

/** The frame's own page: signing in (where a page that needs it sends a signed-out visitor). */
export const shellPages: ClientPage[] = [{ path: 'login', label: 'client.shell.signIn.title', icon: LoginIcon, element: <SignInPage />, public: true }];

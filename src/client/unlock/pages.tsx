import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { ClientPage } from '../pages.ts';
import { UnlockPage } from './UnlockPage.tsx';

export const unlockPages: ClientPage[] = [{ path: 'unlock', label: 'client.unlock.title', icon: LockOpenIcon, element: <UnlockPage />, order: 20 }];

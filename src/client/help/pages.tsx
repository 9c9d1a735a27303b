import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import type { ClientPage } from '../pages.ts';
import { HelpPage } from './HelpPage.tsx';
import { Locator } from './locator/Locator.tsx';

/** Help (FAQs, training videos, the locator) for signed-in customers, and the locator alone for anyone. */
export const helpPages: ClientPage[] = [
  { path: 'help', label: 'client.help.title', icon: HelpOutlineIcon, element: <HelpPage />, order: 70 },
  { path: 'locator', label: 'client.help.locator.title', icon: PlaceOutlinedIcon, element: <Locator />, public: true },
];

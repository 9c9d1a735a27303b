import type { Page } from './pages.ts';

/** Every custom page of the SPA, in menu order (after the resources). */
export const PAGES: Page[] = [];

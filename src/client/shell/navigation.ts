import { matchPath } from 'react-router-dom';
import type { ClientPage } from '../pages.ts';

/** How many pages the phone's bottom bar shows; "More" (the other pages and signing out) makes five places. */
export const BOTTOM_BAR_PAGES = 4;

/** The pages in the navigation: those with an `order`, in that order (others are reached by a link). */
export const navPages = (pages: readonly ClientPage[]) => pages.filter((page) => page.order !== undefined).sort((a, b) => a.order! - b.order!);

/** The phone's bottom bar: the first pages, and the rest under "More". */
export const bottomBar = (pages: readonly ClientPage[]) => ({ main: pages.slice(0, BOTTOM_BAR_PAGES), more: pages.slice(BOTTOM_BAR_PAGES) });

/** A page's address inside the portal's router (its basename is /portal/). */
export const pathOf = (page: ClientPage) => `/${page.path}`;

/** The page shown at a path (relative to /portal/), if any. */
export const pageAt = (pages: readonly ClientPage[], pathname: string) => pages.find((page) => matchPath({ path: pathOf(page), end: true }, pathname));

import type { Page } from '../pages.ts';
import { PAGES } from '../pageList.tsx';

type PortalEntry = NonNullable<Page['portalMenu']>;

/** The pages of the service-center portal's menu, in their order. */
export const portalPages = (pages: readonly Page[] = PAGES): { page: Page; entry: PortalEntry }[] =>
  pages.flatMap((page) => (page.portalMenu ? [{ page, entry: page.portalMenu }] : [])).sort((a, b) => a.entry.order - b.entry.order);

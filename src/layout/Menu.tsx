import type { ComponentType } from 'react';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import type { Page } from '../pages.ts';
import { PAGES } from '../pageList.tsx';
import { portalPages } from '../portal/portalPages.ts';

const PageItem = ({ page, entry }: { page: Page; entry: { label: string; icon: ComponentType } }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess(page.access);
  if (!canAccess) return null;
  const Icon = entry.icon;
  return <RaMenu.Item to={page.path} primaryText={translate(entry.label)} leftIcon={<Icon />} />;
};

/** The back office's: the dashboard, the resources the user may list, then the custom pages they may open. */
const BackOfficeMenu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    {PAGES.map((page) => page.menu && <PageItem key={page.path} page={page} entry={page.menu} />)}
  </RaMenu>
);

/** The service-center portal's: its pages in their order, nothing of the back office. */
const PortalMenu = () => (
  <RaMenu>
    {portalPages().map(({ page, entry }) => (
      <PageItem key={page.path} page={page} entry={entry} />
    ))}
  </RaMenu>
);

/** Center staff (the `center` dashboard topic) get the portal's menu; everyone else the back office's. */
export const Menu = () => {
  const { canAccess: portal, isPending } = useCanAccess({ resource: 'stats', action: 'center' });
  if (isPending) return null;
  return portal ? <PortalMenu /> : <BackOfficeMenu />;
};

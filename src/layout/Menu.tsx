import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import type { Page } from '../pages.ts';
import { PAGES } from '../pageList.tsx';

const PageItem = ({ page }: { page: Page }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess(page.access);
  if (!canAccess || !page.menu) return null;
  const Icon = page.menu.icon;
  return <RaMenu.Item to={page.path} primaryText={translate(page.menu.label)} leftIcon={<Icon />} />;
};

/** The dashboard, the resources the user may list, then the custom pages they may open. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    {PAGES.filter((page) => page.menu).map((page) => (
      <PageItem key={page.path} page={page} />
    ))}
  </RaMenu>
);

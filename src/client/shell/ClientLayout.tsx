import { useEffect } from 'react';
import { Box, Container, useMediaQuery, useTheme } from '@mui/material';
import { Outlet, useLocation } from 'react-router-dom';
import { useTranslate } from 'ra-core';
import type { ClientPage } from '../pages.ts';
import { TopBar } from './TopBar.tsx';
import { OfflineBanner } from './OfflineBanner.tsx';
import { SideNav } from './SideNav.tsx';
import { BottomNav } from './BottomNav.tsx';
import { Notifications } from './Notifications.tsx';
import { navPages, pageAt } from './navigation.ts';
import { useSignedIn } from './useSignedIn.ts';

/**
 * Every page's frame, phone first: the title and language switch on top, the offline notice,
 * then the page; once signed in, the navigation at the bottom (phones) or beside (wide screens).
 */
export const ClientLayout = ({ pages }: { pages: readonly ClientPage[] }) => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const wide = useMediaQuery(useTheme().breakpoints.up('md'), { noSsr: true });
  const current = pageAt(pages, pathname);
  const nav = useSignedIn() ? navPages(pages) : [];
  const title = translate(current?.label ?? 'client.shell.notFound.title');
  const appName = translate('client.shell.title');

  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);

  return (
    <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <TopBar title={title} />
      <OfflineBanner />
      <Box sx={{ display: 'flex', flex: 1, minWidth: 0 }}>
        {wide && nav.length > 0 && <SideNav pages={nav} current={current} />}
        <Box component="main" sx={{ flex: 1, minWidth: 0, px: 2, pt: 2, pb: !wide && nav.length > 0 ? 11 : 3 }}>
          <Container maxWidth="sm" disableGutters>
            <Outlet />
          </Container>
        </Box>
      </Box>
      {!wide && nav.length > 0 && <BottomNav pages={nav} current={current} />}
      <Notifications />
    </Box>
  );
};

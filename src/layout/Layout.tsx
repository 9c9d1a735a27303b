import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar.tsx';
import { Menu } from './Menu.tsx';

/** The page beside the menu may shrink to the screen: a wide table scrolls in its own box, not the page. */
const CONTENT_FITS_SCREEN = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={CONTENT_FITS_SCREEN}>
    {children}
  </RaLayout>
);

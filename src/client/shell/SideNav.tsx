import { Box, Divider, List } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { ClientPage } from '../pages.ts';
import { PageListItems } from './PageListItems.tsx';
import { SignOutItem } from './SignOutItem.tsx';

/** Wide screens: every page in a list beside the content, then signing out. */
export const SideNav = ({ pages, current }: { pages: readonly ClientPage[]; current?: ClientPage }) => {
  const translate = useTranslate();
  return (
    <Box component="nav" aria-label={translate('client.shell.navigation')} sx={{ width: 240, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <List>
        <PageListItems pages={pages} current={current} />
        <Divider sx={{ my: 1 }} />
        <SignOutItem />
      </List>
    </Box>
  );
};

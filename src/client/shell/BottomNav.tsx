import { useState } from 'react';
import { BottomNavigation, BottomNavigationAction, Divider, Drawer, List, ListSubheader, Paper } from '@mui/material';
import MoreHorizIcon from '@mui/icons-material/MoreHoriz';
import { Link } from 'react-router-dom';
import { useTranslate } from 'ra-core';
import type { ClientPage } from '../pages.ts';
import { bottomBar, pathOf } from './navigation.ts';
import { PageListItems } from './PageListItems.tsx';
import { SignOutItem } from './SignOutItem.tsx';

const MORE = 'more';
const ACTION = { minWidth: 0, px: 0.5, '& .MuiBottomNavigationAction-label': { fontSize: '0.7rem', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' } };

/** Phones: the main pages in a bar at the bottom, the rest (and signing out) in a "More" sheet. */
export const BottomNav = ({ pages, current }: { pages: readonly ClientPage[]; current?: ClientPage }) => {
  const translate = useTranslate();
  const [moreOpen, setMoreOpen] = useState(false);
  const { main, more } = bottomBar(pages);
  const value = current && main.includes(current) ? current.path : moreOpen || (current && more.includes(current)) ? MORE : false;
  return (
    <Paper component="nav" aria-label={translate('client.shell.navigation')} elevation={8} sx={{ position: 'fixed', left: 0, right: 0, bottom: 0, zIndex: 'appBar', pb: 'env(safe-area-inset-bottom)' }}>
      <BottomNavigation showLabels value={value}>
        {main.map((page) => (
          <BottomNavigationAction key={page.path} value={page.path} label={translate(page.label)} icon={<page.icon />} component={Link} to={pathOf(page)} aria-current={page === current ? 'page' : undefined} sx={ACTION} />
        ))}
        <BottomNavigationAction value={MORE} label={translate('client.shell.more')} icon={<MoreHorizIcon />} onClick={() => setMoreOpen(true)} aria-haspopup="dialog" sx={ACTION} />
      </BottomNavigation>
      <Drawer anchor="bottom" open={moreOpen} onClose={() => setMoreOpen(false)}>
        <List subheader={<ListSubheader>{translate('client.shell.moreTitle')}</ListSubheader>} sx={{ pb: 'env(safe-area-inset-bottom)' }}>
          <PageListItems pages={more} current={current} onChoose={() => setMoreOpen(false)} />
          {more.length > 0 && <Divider sx={{ my: 1 }} />}
          <SignOutItem />
        </List>
      </Drawer>
    </Paper>
  );
};

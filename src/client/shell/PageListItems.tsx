import { ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'ra-core';
import type { ClientPage } from '../pages.ts';
import { pathOf } from './navigation.ts';

/** Pages as list entries (the side list, the "More" sheet), the current one marked. */
export const PageListItems = ({ pages, current, onChoose }: { pages: readonly ClientPage[]; current?: ClientPage; onChoose?: () => void }) => {
  const translate = useTranslate();
  return pages.map((page) => (
    <ListItemButton key={page.path} component={Link} to={pathOf(page)} selected={page === current} aria-current={page === current ? 'page' : undefined} onClick={onChoose}>
      <ListItemIcon>
        <page.icon />
      </ListItemIcon>
      <ListItemText primary={translate(page.label)} />
    </ListItemButton>
  ));
};

import type { ReactNode } from 'react';
import { Card, CardContent } from '@mui/material';
import { FilterLiveSearch, SavedQueriesList } from 'react-admin';

/** The sidebar of every list: full-text search, saved queries, then the resource's own filters. */
export const ListAside = ({ children }: { children?: ReactNode }) => (
  <Card sx={{ order: -1, mr: 2, mt: 2, width: 230, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
    <CardContent sx={{ pt: 1 }}>
      <FilterLiveSearch source="q" />
      <SavedQueriesList />
      {children}
    </CardContent>
  </Card>
);

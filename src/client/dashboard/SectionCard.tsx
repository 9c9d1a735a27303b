import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

/** One part of a page: a card with its heading (h2) named as the region it is. */
export const SectionCard = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id} variant="outlined">
    <CardContent>
      <Typography variant="h2" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

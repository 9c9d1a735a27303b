import type { ReactNode } from 'react';
import { Card, CardContent, List, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

/**
 * A titled card of the portal holding a short list: the list's error, or its empty state once
 * loaded, or its items. `messages` is the translation prefix of `title` and `empty`.
 */
export const PortalListCard = ({ id, messages, isPending, error, count, children }: { id: string; messages: string; isPending: boolean; error: unknown; count: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-labelledby={id}>
      <CardContent>
        <Typography variant="h6" component="h2" id={id}>
          {translate(`${messages}.title`)}
        </Typography>
        {error ? <ErrorAlert error={error} /> : null}
        {!isPending && !error && count === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${messages}.empty`)}
          </Typography>
        )}
        <List dense disablePadding>
          {children}
        </List>
      </CardContent>
    </Card>
  );
};

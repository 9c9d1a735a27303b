import RefreshIcon from '@mui/icons-material/Refresh';
import { useState } from 'react';
import { Button, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';

type RatingProvider = { recomputeRating?: (id: number | string) => Promise<unknown> };

/** POST /api/service-centers/:id/rating: recompute the center's rating now (admins and compliance). */
export const RecomputeRatingButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & RatingProvider>();
  const { identity } = useGetIdentity();
  const canAccess = identity?.role === 'admin' || identity?.role === 'compliance';
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess || !dataProvider.recomputeRating) return null;
  const recompute = async () => {
    setBusy(true);
    try {
      await dataProvider.recomputeRating!(record.id);
      notify('resources.ratings.recomputed', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="resources.ratings.recompute" onClick={recompute} disabled={busy}>
      <RefreshIcon />
    </Button>
  );
};

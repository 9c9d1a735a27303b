import RefreshIcon from '@mui/icons-material/Refresh';
import { useRecordContext } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** Recompute the center's rating now (POST /api/service-centers/:id/rating), for those the server lets. */
export const RecomputeRatingButton = () => {
  const record = useRecordContext<ServiceCenter>();
  const dataProvider = useAppDataProvider();
  if (!record) return null;
  return (
    <CommandButton
      resource="service-centers"
      action="recompute-rating"
      record={record}
      label="resources.ratings.recompute"
      icon={<RefreshIcon />}
      variant="text"
      testId="recompute"
      run={() => dataProvider.recomputeRating(record.id)}
      successMessage="resources.ratings.recomputed"
    />
  );
};

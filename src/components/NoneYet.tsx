import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a related-records tab shows when there are none (ReferenceManyField `empty`). */
export const NoneYet = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate('app.noneYet', { _: 'None yet' })}
    </Typography>
  );
};

import { Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** An export under way: rows received of the total announced, and Cancel. */
export const ExportProgress = ({ rows, total, onCancel }: { rows: number; total: number; onCancel: () => void }) => {
  const translate = useTranslate();
  const percent = total > 0 ? Math.min(100, (rows / total) * 100) : 0;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="export-progress-title" fullWidth maxWidth="xs">
      <DialogTitle id="export-progress-title">{translate('app.export.title')}</DialogTitle>
      <DialogContent>
        <LinearProgress variant="determinate" value={percent} aria-label={translate('app.export.title')} />
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('app.export.progress', { rows: rows.toLocaleString('en-US'), total: total.toLocaleString('en-US') })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
};

import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { diffRows, formatDiffValue, type Diff } from './diff.ts';

const DiffCell = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  const { text, block } = formatDiffValue(value, (yes) => translate(yes ? 'ra.boolean.true' : 'ra.boolean.false'));
  return (
    <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere', whiteSpace: 'pre-line', color: text === '—' ? 'text.secondary' : undefined }}>
      {block ? (
        <Box component="pre" sx={{ m: 0, fontSize: '0.8rem', whiteSpace: 'pre-wrap' }}>
          {text}
        </Box>
      ) : (
        text
      )}
    </TableCell>
  );
};

/**
 * A field-level change as a table: field | before | after. Field names are labelled as the
 * resource's screens label them (`resources.<resource>.fields.<field>`).
 */
export const DiffTable = ({ diff, resource }: { diff: Diff | null | undefined; resource: string }) => {
  const translate = useTranslate();
  const rows = diffRows(diff);
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.diff.none')}
      </Typography>
    );
  }
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', maxWidth: 1000 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '24%' }}>{translate('app.diff.field')}</TableCell>
          <TableCell>{translate('app.diff.before')}</TableCell>
          <TableCell>{translate('app.diff.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ field, before, after }) => (
          <TableRow key={field}>
            <TableCell sx={{ verticalAlign: 'top', fontWeight: 500 }}>{translate(`resources.${resource}.fields.${field}`, { _: field })}</TableCell>
            <DiffCell value={before} />
            <DiffCell value={after} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

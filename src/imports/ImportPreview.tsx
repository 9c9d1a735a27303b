import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportResult } from '../../server/rules/imports/routes.ts';

const T = 'resources.imports.preview';

/** A cell of the preview: text as it is, structured values as JSON, nothing for null. */
const shown = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The dry run's answer: how many rows, and the first records as they will be created (the file's columns only). */
export const ImportPreview = ({ result, columns }: { result: ImportResult; columns: string[] }) => {
  const translate = useTranslate();
  return (
    <section aria-labelledby="import-preview">
      <Typography variant="h6" component="h2" id="import-preview">
        {translate(`${T}.title`, { smart_count: result.count })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`${T}.first`)}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="import-preview">
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column} sx={{ fontFamily: 'monospace' }}>
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {result.preview.map((record, index) => (
              <TableRow key={index}>
                {columns.map((column) => (
                  <TableCell key={column}>{shown(record[column])}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </section>
  );
};

import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { importErrorLines } from './importErrors.ts';

const T = 'resources.imports.errors';

/** Why the file was refused: the server's message, then each error by row and column. */
export const ImportErrors = ({ message, errors }: { message: string; errors: Record<string, string> }) => {
  const translate = useTranslate();
  const lines = importErrorLines(errors);
  return (
    <section aria-labelledby="import-errors">
      <Alert severity="error" id="import-errors" data-testid="import-errors">
        {message}
      </Alert>
      {lines.length > 0 && (
        <Table size="small" aria-labelledby="import-errors">
          <TableHead>
            <TableRow>
              <TableCell>{translate(`${T}.row`)}</TableCell>
              <TableCell>{translate(`${T}.column`)}</TableCell>
              <TableCell>{translate(`${T}.message`)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line, index) => (
              <TableRow key={index}>
                <TableCell>{line.row ?? ''}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{line.column ?? (line.row === null ? '' : translate(`${T}.wholeRow`))}</TableCell>
                <TableCell>{line.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};

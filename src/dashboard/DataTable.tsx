import { Box, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Column } from './columns.ts';

/** Off screen but read by screen readers. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
  m: -0.125,
  p: 0,
} as const;

interface DataTableProps<Row> {
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  /** The filtered list behind a row: its first cell links there. */
  linkOf?: (row: Row) => string | undefined;
  /** The screen-reader alternative of a chart: hidden, its links out of the tab order (sighted keyboard users get the table view). */
  hidden?: boolean;
  testId?: string;
}

/** A chart's numbers as a table: the table view, and the screen-reader alternative of the chart. */
export function DataTable<Row>({ caption, rows, columns, linkOf, hidden = false, testId }: DataTableProps<Row>) {
  const translate = useTranslate();
  return (
    <TableContainer sx={hidden ? visuallyHidden : { maxHeight: 420 }} data-testid={testId}>
      <Table size="small" stickyHeader={!hidden}>
        {/* the card's title is on screen; the caption names the table for screen readers */}
        <Box component="caption" sx={visuallyHidden}>
          {caption}
        </Box>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label} align={column.numeric ? 'right' : 'left'}>
                {translate(column.label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => {
            const to = linkOf?.(row);
            return (
              <TableRow key={index} hover={!hidden}>
                {columns.map((column, c) => {
                  const shown = column.render ? column.render(row) : column.value(row);
                  return (
                    <TableCell key={column.label} align={column.numeric ? 'right' : 'left'} sx={column.numeric || column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                      {c === 0 && to ? (
                        <MuiLink component={Link} to={to} tabIndex={hidden ? -1 : undefined}>
                          {shown}
                        </MuiLink>
                      ) : (
                        shown
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

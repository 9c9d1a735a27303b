import { DataTable, DateField, type DataTableColumnProps } from 'react-admin';
import { oneLine } from './oneLine.ts';

type DateColumnProps = Omit<DataTableColumnProps, 'source' | 'children'> & {
  source: string;
  /** Date and time, for timestamps. */
  showTime?: boolean;
  emptyText?: string;
};

/** A DataTable column of dates (or, with `showTime`, timestamps), each kept on one line. */
export const DateColumn = ({ source, showTime, emptyText, ...column }: DateColumnProps) => (
  <DataTable.Col source={source} cellSx={oneLine} {...column}>
    <DateField source={source} showTime={showTime} emptyText={emptyText} />
  </DataTable.Col>
);

import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, useRecordContext, type SortPayload } from 'react-admin';
import { NoneYet } from './NoneYet.tsx';

interface RelatedTableProps {
  /** The resource listed. */
  reference: string;
  /** Its field that points at the record shown. */
  target: string;
  /** The record shown's field that `target` holds: its id unless told (e.g. a device's vehicleId). */
  source?: string;
  sort: SortPayload;
  filter?: Record<string, unknown>;
  /** Where the table keeps its column settings. */
  storeKey: string;
  /** Where a row leads: the record's show page unless told (false: nowhere, e.g. a file to download). */
  rowClick?: 'show' | false;
  /** The DataTable columns. */
  children: ReactNode;
}

/**
 * The records of another resource that point at the record shown, for a show-page tab: ten a
 * page, a row opens the record (unless `rowClick={false}`), no bulk actions, "None yet" when there are none (also when the
 * record's `source` is empty, so nothing is asked for).
 */
export const RelatedTable = ({ reference, target, source = 'id', sort, filter, storeKey, rowClick = 'show', children }: RelatedTableProps) => {
  const record = useRecordContext();
  if (!record) return null;
  if (record[source] == null) return <NoneYet />;
  return (
    <ReferenceManyField
      reference={reference}
      target={target}
      source={source}
      sort={sort}
      filter={filter}
      perPage={10}
      pagination={<Pagination />}
      empty={<NoneYet />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false} storeKey={storeKey}>
        {children}
      </DataTable>
    </ReferenceManyField>
  );
};

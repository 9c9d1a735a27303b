import type { ReactElement } from 'react';
import { FilterList, FilterListItem, useGetList, useGetRecordRepresentation, type SortPayload } from 'react-admin';

/**
 * A sidebar filter listing the records of a small referenced resource (regions, jurisdictions),
 * each shown with the resource's recordRepresentation.
 */
export const ReferenceFilterList = ({
  source,
  reference,
  label,
  icon,
  sort = { field: 'name', order: 'ASC' },
}: {
  source: string;
  reference: string;
  label: string;
  icon: ReactElement;
  sort?: SortPayload;
}) => {
  const { data } = useGetList(reference, { pagination: { page: 1, perPage: 100 }, sort });
  const represent = useGetRecordRepresentation(reference);
  return (
    <FilterList label={label} icon={icon}>
      {data?.map((record) => (
        <FilterListItem key={record.id} label={represent(record)} value={{ [source]: record.id }} />
      ))}
    </FilterList>
  );
};

import { DataTable, ReferenceField, type DataTableColumnProps, type ReferenceFieldProps } from 'react-admin';

type ReferenceColumnProps = Omit<DataTableColumnProps, 'source' | 'children'> &
  Pick<ReferenceFieldProps, 'link' | 'emptyText'> & { source: string; reference: string };

/** A DataTable column naming the record each row points at (the reference's recordRepresentation). */
export const ReferenceColumn = ({ source, reference, link, emptyText, ...column }: ReferenceColumnProps) => (
  <DataTable.Col source={source} {...column}>
    <ReferenceField source={source} reference={reference} link={link} emptyText={emptyText} />
  </DataTable.Col>
);

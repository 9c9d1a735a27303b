import { DataTable, type DataTableColumnProps } from 'react-admin';
import type { ChoiceGroup } from '../providers/choiceMessages.ts';
import { ChoiceField } from './ChoiceField.tsx';

type ChoiceColumnProps = Omit<DataTableColumnProps, 'source' | 'children'> & { source: string; group: ChoiceGroup };

/** A DataTable column of stored values shown with their human labels (see ChoiceField). */
export const ChoiceColumn = ({ source, group, ...column }: ChoiceColumnProps) => (
  <DataTable.Col source={source} {...column}>
    <ChoiceField source={source} group={group} />
  </DataTable.Col>
);

import type { ReactElement } from 'react';
import { FilterList, FilterListItem } from 'react-admin';

/** A sidebar filter on a yes/no field. */
export const BooleanFilter = ({ source, label, icon }: { source: string; label: string; icon: ReactElement }) => (
  <FilterList label={label} icon={icon}>
    <FilterListItem label="ra.boolean.true" value={{ [source]: true }} />
    <FilterListItem label="ra.boolean.false" value={{ [source]: false }} />
  </FilterList>
);

import type { ReactElement } from 'react';
import { FilterList, FilterListItem } from 'react-admin';
import type { ChoiceGroup } from '../providers/choiceMessages.ts';
import { choicesOf } from './choices.ts';

/** A sidebar filter listing every value of a value list. */
export const ChoiceFilter = ({ source, group, label, icon }: { source: string; group: ChoiceGroup; label: string; icon: ReactElement }) => (
  <FilterList label={label} icon={icon}>
    {choicesOf(group).map((choice) => (
      <FilterListItem key={choice.id} label={choice.name} value={{ [source]: choice.id }} />
    ))}
  </FilterList>
);

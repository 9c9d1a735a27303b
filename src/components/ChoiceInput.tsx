import { SelectInput, type SelectInputProps } from 'react-admin';
import type { ChoiceGroup } from '../providers/choiceMessages.ts';
import { choicesOf } from './choices.ts';

/** A select over one of the data model's value lists. */
export const ChoiceInput = ({ group, ...props }: Omit<SelectInputProps, 'choices'> & { group: ChoiceGroup }) => (
  <SelectInput {...props} choices={choicesOf(group)} />
);

import { SelectField, type SelectFieldProps } from 'react-admin';
import type { ChoiceGroup } from '../providers/choiceMessages.ts';
import { choicesOf } from './choices.ts';

/** A stored value shown with its human label. */
export const ChoiceField = ({ group, ...props }: Omit<SelectFieldProps, 'choices'> & { group: ChoiceGroup }) => (
  <SelectField {...props} choices={choicesOf(group)} />
);

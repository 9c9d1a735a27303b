import { choiceMessages, type ChoiceGroup } from '../providers/choiceMessages.ts';

/** Choices for SelectInput/SelectField/FilterList: ids are the stored values, names i18n keys. */
export const choicesOf = (group: ChoiceGroup) =>
  Object.keys(choiceMessages[group]).map((id) => ({ id, name: `choices.${group}.${id}` }));

import { HELP_CATEGORIES, LANGUAGES } from '../../../server/resources/choices.ts';

/** Choices for selects and filters: the stored values, labelled by `resources.help-articles.<group>.<value>`. */
const choicesFrom = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: `resources.help-articles.${group}.${id}` }));

export const CATEGORY_CHOICES = choicesFrom('categories', HELP_CATEGORIES);
export const LANGUAGE_CHOICES = choicesFrom('languages', LANGUAGES);

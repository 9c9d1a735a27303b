import type { Customer } from '../../../server/resources/customers.ts';
import { MESSAGE_TOPICS, type TOPIC_CHANNELS } from '../../../server/resources/choices.ts';

export type Topic = (typeof MESSAGE_TOPICS)[number];
export type TopicChannel = (typeof TOPIC_CHANNELS)[number];
export type Preferences = Record<Topic, TopicChannel>;

/** The text fields a customer edits on their profile. */
export const CONTACT_FIELDS = ['phone', 'street', 'city', 'state', 'postalCode'] as const;

/** What the profile form edits of the customer's record. */
export type ProfileValues = Record<(typeof CONTACT_FIELDS)[number], string> & {
  contactPreferences: Preferences;
  language: Customer['language'];
  remindersOptIn: boolean;
};

/** Until a customer chooses, every topic goes by e-mail (the only way messages are sent today). */
const BY_EMAIL = Object.fromEntries(MESSAGE_TOPICS.map((topic) => [topic, 'email'])) as Preferences;

/** The form's values from the stored record (blank text for nothing on file). */
export function profileValues(customer: Customer): ProfileValues {
  return {
    ...(Object.fromEntries(CONTACT_FIELDS.map((field) => [field, customer[field] ?? ''])) as Record<(typeof CONTACT_FIELDS)[number], string>),
    contactPreferences: { ...BY_EMAIL, ...(customer.contactPreferences ?? {}) },
    language: customer.language,
    remindersOptIn: customer.remindersOptIn,
  };
}

/** What is sent: the profile's fields (trimmed; blank is "nothing on file") and the version the customer saw. */
export function profileChanges(values: ProfileValues, version: number) {
  const text = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, values[field].trim() || null]));
  return { ...text, contactPreferences: values.contactPreferences, language: values.language, remindersOptIn: values.remindersOptIn, version };
}

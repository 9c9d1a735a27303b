import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Customer } from '../../../server/resources/types.ts';
import { MESSAGE_TOPICS } from '../../../server/resources/choices.ts';

/** Each topic with the channel the customer chose for it, or "not stated yet". */
export const ContactPreferencesField = (_: { label?: string }) => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  const preferences = record?.contactPreferences;
  if (!preferences) return <Typography variant="body2">{translate('resources.customers.contactPreferences.notStated')}</Typography>;
  return (
    <Typography variant="body2" component="ul" sx={{ m: 0, pl: 2 }}>
      {MESSAGE_TOPICS.map((topic) => (
        <li key={topic}>
          {translate(`resources.customers.contactPreferences.${topic}`)}: {translate(`choices.topicChannel.${preferences[topic]}`)}
        </li>
      ))}
    </Typography>
  );
};

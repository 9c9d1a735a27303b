import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MESSAGE_TOPICS } from '../../../server/resources/choices.ts';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';

/** How the customer wants to hear about each topic (all or none: blank everywhere is "not stated yet"). */
export const ContactPreferencesInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ gridColumn: '1 / -1' }} role="group" aria-labelledby="customer-contact-preferences">
      <Typography variant="subtitle2" id="customer-contact-preferences">
        {translate('resources.customers.fields.contactPreferences')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.customers.contactPreferences.help')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
        {MESSAGE_TOPICS.map((topic) => (
          <ChoiceInput key={topic} source={`contactPreferences.${topic}`} label={`resources.customers.contactPreferences.${topic}`} group="topicChannel" emptyText="resources.customers.contactPreferences.notStated" />
        ))}
      </Box>
    </Box>
  );
};

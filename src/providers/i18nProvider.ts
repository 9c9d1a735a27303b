import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { resourceMessages } from '../resources/messages.ts';
import { choiceMessages } from './choiceMessages.ts';

export const messages = {
  ...englishMessages,
  resources: resourceMessages,
  choices: choiceMessages,
  app: {
    title: 'Interlock Back Office',
    filters: {
      status: 'Status',
      type: 'Type',
      scheduled: 'Scheduled',
      today: 'Today',
      thisWeek: 'This week',
      nextWeek: 'Next week',
      lastMonth: 'Last 30 days',
      future: 'Upcoming',
    },
    related: 'Related records',
    empty: 'Nothing here yet',
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], {
  allowMissing: true,
});

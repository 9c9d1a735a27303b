import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { resourceMessages } from '../resources/messages.ts';
import { choiceMessages } from './choiceMessages.ts';

export const messages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: { ...englishMessages.ra.auth, username: 'Email' },
  },
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
      at: 'When',
    },
    related: 'Related records',
    empty: 'Nothing here yet',
    noneYet: 'None yet',
    summary: 'Summary',
    history: 'History',
    historyOf: {
      more: 'The latest %{shown} of %{total} changes; the audit log has them all.',
      seeAll: 'Open in the audit log',
    },
    diff: {
      field: 'Field',
      before: 'Before',
      after: 'After',
      none: 'No field changes recorded',
    },
    userNumber: 'User #%{id}',
    export: {
      title: 'Exporting to CSV',
      progress: '%{rows} of %{total} rows',
    },
    system: 'System',
    conflict: {
      message: 'Someone else changed this record while you were editing it. Reload to see their changes (yours will be discarded).',
      reload: 'Reload',
    },
    password: {
      menu: 'Change password',
      title: 'Change password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Confirm new password',
      submit: 'Change password',
      changed: 'Password changed. Your other sessions were signed out.',
      rule: 'At least 8 characters with at least one number',
      tooShort: 'At least 8 characters',
      tooLong: 'At most 200 characters',
      needsNumber: 'At least one number',
      mismatch: 'The two new passwords differ',
    },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], {
  allowMissing: true,
});

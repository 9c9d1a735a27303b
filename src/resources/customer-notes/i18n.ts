export const customerNoteMessages = {
  name: 'Customer note |||| Customer notes',
  fields: {
    customerId: 'Customer',
    body: 'Note',
    category: 'About',
    startsOn: 'From',
    endsOn: 'Until',
    acknowledgedAt: 'Acknowledged',
    acknowledgedBy: 'Acknowledged by',
    createdAt: 'Written',
    answer: 'Acknowledge',
  },
  acknowledgement: {
    awaiting: 'Not read yet',
    by: '%{date} by %{name}',
  },
  acknowledge: {
    button: 'Acknowledge',
    done: 'Note acknowledged: the customer sees it was read',
  },
  help: 'Customers’ notes to the monitoring authority from the client portal: those not acknowledged yet first. Notes are never edited or deleted.',
  empty: 'No notes',
};

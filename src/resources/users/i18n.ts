export const userMessages = {
  name: 'User |||| Users',
  fields: {
    name: 'Name',
    email: 'Email',
    role: 'Role',
    regionId: 'Region',
    serviceCenterId: 'Service center',
    customerId: 'Customer',
    active: 'Active',
    password: 'Password',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  helpers: {
    regionId: 'The region this manager sees',
    serviceCenterId: 'The center this person works for',
    customerId: 'The customer whose own login this is (one per customer)',
    active: 'An inactive user cannot sign in',
    passwordNew: 'At least 8 characters with at least one number',
    passwordKeep: 'Leave blank to keep the current password',
  },
  deactivate: {
    title: 'Deactivate %{name}?',
    content: '%{name} will be signed out everywhere at once and can no longer sign in.',
  },
  empty: 'No users match',
};

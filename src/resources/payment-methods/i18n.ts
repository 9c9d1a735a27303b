export const paymentMethodMessages = {
  name: 'Card |||| Cards',
  fields: {
    customerId: 'Customer',
    brand: 'Brand',
    last4: 'Ending',
    expiry: 'Expires',
    expMonth: 'Expiry month',
    expYear: 'Expiry year',
    label: 'Label',
    createdAt: 'Saved',
  },
  representation: '%{brand} ending in %{last4}',
};

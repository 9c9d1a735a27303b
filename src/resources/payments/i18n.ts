export const paymentMessages = {
  name: 'Payment |||| Payments',
  fields: {
    customerId: 'Customer',
    paymentMethodId: 'Card',
    amount: 'Amount',
    status: 'Status',
    kind: 'Kind',
    periodDue: 'Period due',
    cardBrand: 'Card brand',
    cardLast4: 'Card ending',
    card: 'Card',
    gatewayReference: 'Processor reference',
    failureReason: 'Declined because',
    createdAt: 'Date',
    updatedAt: 'Last changed',
  },
  empty: 'No payments yet',
};

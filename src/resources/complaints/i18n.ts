export const complaintMessages = {
  name: 'Complaint |||| Complaints',
  fields: {
    customerId: 'Customer',
    serviceCenterId: 'Service center',
    workOrderId: 'Visit',
    category: 'About',
    body: 'Complaint',
    status: 'Status',
    resolution: 'Resolution',
    resolvedAt: 'Resolved',
    resolvedBy: 'Resolved by',
    createdAt: 'Received',
    updatedAt: 'Last changed',
  },
  new: 'New complaint',
  helpers: {
    workOrderId: 'One of the customer’s visits at this center (optional)',
    rating: 'Every complaint received counts in the center’s rating (complaints per 100 services), resolved or not.',
  },
  resolve: {
    button: 'Resolve',
    title: 'Resolve this complaint',
    resolution: 'Resolution (the customer reads it)',
    done: 'Complaint resolved',
  },
};

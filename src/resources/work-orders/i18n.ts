export const workOrderMessages = {
  name: 'Work order |||| Work orders',
  fields: {
    number: 'Number',
    type: 'Type',
    status: 'Status',
    serviceCenterId: 'Service center',
    customerId: 'Customer',
    vehicleId: 'Vehicle',
    scheduledAt: 'Scheduled for',
    startedAt: 'Started',
    completedAt: 'Completed',
    cost: 'Cost',
    billableTo: 'Billable to',
    notes: 'Notes',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    packages: 'Shipment packages',
  },
  empty: 'No work orders match',
};

export const shipmentMessages = {
  name: 'Shipment |||| Shipments',
  fields: {
    serviceCenterId: 'Service center',
    shipDate: 'Ship date',
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    status: 'Status',
    notes: 'Notes',
    packageCount: 'Packages',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Summary',
    packages: 'Packages',
  },
  actions: {
    addPackage: 'Add package',
  },
  empty: 'No shipments yet',
};

export const shipmentPackageMessages = {
  name: 'Shipment package |||| Shipment packages',
  fields: {
    shipmentId: 'Shipment',
    customerId: 'Customer',
    workOrderId: 'Work order',
    label: 'Label',
    contents: 'Contents',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Summary',
  },
  preparingOnly: 'Shipments being prepared only: a shipped one takes no more packages',
  empty: 'No packages yet',
};

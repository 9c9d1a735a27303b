export const vehicleMessages = {
  name: 'Vehicle |||| Vehicles',
  fields: {
    customerId: 'Customer',
    year: 'Year',
    make: 'Make',
    model: 'Model',
    vin: 'VIN',
    plate: 'Plate',
    plateState: 'Plate state',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Summary',
    devices: 'Devices',
    workOrders: 'Work orders',
  },
  validation: {
    vin: 'A VIN has 17 letters and digits (no I, O or Q)',
  },
  empty: 'No vehicles yet',
};

export const deviceMessages = {
  name: 'Device |||| Devices',
  fields: {
    serial: 'Serial number',
    kind: 'Kind',
    model: 'Model',
    status: 'Status',
    serviceCenterId: 'Service center',
    customerId: 'Customer',
    vehicleId: 'Vehicle',
    lastCalibrationOn: 'Last calibration',
    nextCalibrationDue: 'Next calibration due',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Summary',
    vehicleDevices: 'Other devices in the vehicle',
    vehicleWorkOrders: 'Work orders on the vehicle',
  },
  filters: {
    calibration: 'Calibration',
    overdue: 'Overdue',
    dueIn7Days: 'Due in the next 7 days',
  },
  empty: 'No devices yet',
};

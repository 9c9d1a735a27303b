/** `resources.calibrations.*`: the calibration tracking page (not a resource of its own: it lists devices). */
export const calibrationMessages = {
  name: 'Calibrations',
  menu: 'Calibrations',
  title: 'Calibration tracking',
  intro: 'Installed devices whose calibration is due or missed, by how close the customer is to a lockout. Dates follow each customer’s state: the service interval sets the due date, the grace days the lockout date.',
  tabs: {
    'due-this-week': 'Due this week',
    'in-grace': 'In grace period',
    'locked-out': 'Past grace — locked out',
    overdue: 'All overdue',
  },
  fields: {
    serial: 'Serial number',
    customerId: 'Customer',
    serviceCenterId: 'Service center',
    nextCalibrationDue: 'Due',
    lockoutOn: 'Locks out after',
    daysOverdue: 'Days overdue',
    daysLeft: 'Days left',
  },
  daysLeft: 'last day |||| %{smart_count} days',
  empty: {
    'due-this-week': 'No installed device is due for calibration in the next 7 days.',
    'in-grace': 'No device is in its grace period: nobody is about to be locked out.',
    'locked-out': 'No device is past its grace period.',
    overdue: 'No calibration is overdue.',
  },
  denied: 'Your role does not give access to devices.',
};

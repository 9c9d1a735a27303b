import type { CustomerDashboard, DashboardDevice } from '../../../server/rules/client-portal/dashboard.ts';

export const handset = (overrides: Partial<DashboardDevice> = {}): DashboardDevice => ({
  id: 3,
  serial: 'HS-0003',
  kind: 'handset',
  model: 'IL-700',
  status: 'installed',
  nextCalibrationDue: '2027-01-04',
  lockoutOn: '2027-01-09',
  version: 2,
  vehicle: { year: 2020, make: 'Chevrolet', model: 'Traverse' },
  unlockCode: { allowed: true, validHours: 24 },
  ...overrides,
});

/** GET /api/customers/7/dashboard of a customer in Washington (codes at $25), with one handset and one appointment. */
export const dashboardOf = (overrides: Partial<CustomerDashboard> = {}): CustomerDashboard => ({
  customer: { id: 7, firstName: 'Cora', lastName: 'Lane', balance: 120.5, paymentPlan: 'monthly', autoPay: false },
  nextPayment: { dueOn: '2099-01-15', amount: 100, autoPay: false },
  devices: [handset()],
  nextService: { deviceId: 3, serial: 'HS-0003', dueOn: '2099-01-04', lockoutOn: '2099-01-09' },
  appointments: [
    {
      id: 9,
      number: 'WO-2026-000009',
      type: 'calibration',
      status: 'scheduled',
      scheduledAt: '2099-01-03T17:00:00.000Z',
      center: { name: 'Eastside Auto', street: '1 Main St', city: 'Seattle', state: 'WA', postalCode: '98101', phone: '(206) 555-0100', hours: 'Mon–Fri 8–5' },
    },
  ],
  unlockCodes: { stateCode: 'WA', stateName: 'Washington', allowed: true, validHours: 24, perDay: 1, perProgram: null, fee: 25, callNumber: '(800) 555-0199' },
  ...overrides,
});

export const DASHBOARD_URL = '/api/customers/7/dashboard';

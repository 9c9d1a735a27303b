/** A scheduled removal as the API returns it, for the work-order form tests. */
export const scheduledRemoval = {
  id: 5,
  version: 3,
  number: 'WO-2026-000005',
  type: 'removal',
  status: 'scheduled',
  serviceCenterId: 7,
  customerId: null,
  vehicleId: null,
  scheduledAt: '2026-11-20T15:00:00.000Z',
  startedAt: null,
  completedAt: null,
  cost: 60,
  billableTo: 'customer',
  notes: 'Bring the relay',
};

/** A scheduled removal as the API returns it, for the work-order form and show tests. */
export const scheduledRemoval = {
  id: 5,
  version: 3,
  number: 'WO-2026-000005',
  type: 'removal',
  status: 'scheduled',
  serviceCenterId: 7,
  customerId: 3,
  vehicleId: 4,
  scheduledAt: '2026-11-20T15:00:00.000Z',
  startedAt: null,
  completedAt: null,
  cost: 60,
  authorizedAt: null,
  authorizedById: null,
  authorizedBy: null,
  billableTo: 'customer',
  notes: 'Bring the relay',
};

/** A live center with a price list, as the API returns it. */
export const acmeAudio = {
  id: 7,
  name: 'Acme Audio',
  city: 'Tacoma',
  onboardingStatus: 'live',
  priceList: [
    { serviceType: 'removal', price: 60 },
    { serviceType: 'installation', price: 120 },
  ],
};

/** The removal's customer and vehicle. */
export const removalCustomer = { id: 3, firstName: 'Cora', lastName: 'Customer', jurisdictionId: 1 };
export const removalVehicle = { id: 4, customerId: 3, year: 2019, make: 'Ford', model: 'Focus', vin: '1HGCM82633A000004' };

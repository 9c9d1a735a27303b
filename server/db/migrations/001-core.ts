import type { Kysely } from 'kysely';
import { fk, index, req, table } from './builders.ts';

const INT = 'integer';
const REAL = 'double precision';
const TEXT = 'text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexes(db: Kysely<any>, name: string, columns: string[][], unique: string[] = []) {
  for (const cols of columns) await index(db, name, cols);
  for (const col of unique) await index(db, name, [col], true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await table(db, 'jurisdictions', {
    code: [TEXT, req],
    name: [TEXT, req],
    calibrationIntervalDays: [INT],
    graceDaysBeforeLockout: [INT],
    unlockCodesAllowed: [INT, req],
    unlockCodeLimits: [TEXT],
    stateInspectionRequired: [INT, req],
    cameraRequired: [INT, req],
    backgroundCheckRequired: [INT, req],
    recordRetentionYears: [INT],
    reportingDeadlines: [TEXT],
    notes: [TEXT],
    rulesConfirmed: [INT, req],
  });
  await indexes(db, 'jurisdictions', [['name']], ['code']);

  await table(db, 'regions', { code: [TEXT, req], name: [TEXT, req], description: [TEXT] });
  await indexes(db, 'regions', [['name']], ['code']);

  await table(db, 'serviceCenters', {
    name: [TEXT, req],
    regionId: [INT, fk('regions', true)],
    jurisdictionId: [INT, fk('jurisdictions', true)],
    street: [TEXT, req],
    city: [TEXT, req],
    state: [TEXT, req],
    postalCode: [TEXT, req],
    phone: [TEXT],
    email: [TEXT],
    contacts: [TEXT],
    hours: [TEXT],
    onboardingStatus: [TEXT, req],
    statusChangedAt: [TEXT],
    priceList: [TEXT],
    notes: [TEXT],
  });
  await indexes(db, 'serviceCenters', [['regionId'], ['jurisdictionId'], ['onboardingStatus'], ['name'], ['city'], ['state']]);

  await table(db, 'installers', {
    serviceCenterId: [INT, fk('serviceCenters', true)],
    firstName: [TEXT, req],
    lastName: [TEXT, req],
    email: [TEXT],
    phone: [TEXT],
    trainingStatus: [TEXT, req],
    trainedOn: [TEXT],
    certificationStatus: [TEXT, req],
    certificationExpiresOn: [TEXT],
    backgroundCheck: [TEXT, req],
    active: [INT, req],
  });
  await indexes(db, 'installers', [['serviceCenterId'], ['lastName'], ['certificationStatus'], ['trainingStatus']]);

  await table(db, 'customers', {
    firstName: [TEXT, req],
    lastName: [TEXT, req],
    email: [TEXT],
    phone: [TEXT],
    street: [TEXT],
    city: [TEXT],
    state: [TEXT],
    postalCode: [TEXT],
    jurisdictionId: [INT, fk('jurisdictions', true)],
    caseNumber: [TEXT],
    programStart: [TEXT],
    programEnd: [TEXT],
    paymentPlan: [TEXT, req],
    autoPay: [INT, req],
    balance: [REAL],
    preferredChannel: [TEXT, req],
    remindersOptIn: [INT, req],
    status: [TEXT, req],
  });
  await indexes(db, 'customers', [['jurisdictionId'], ['lastName', 'firstName'], ['status'], ['programEnd']]);

  await table(db, 'vehicles', {
    customerId: [INT, fk('customers', true)],
    year: [INT, req],
    make: [TEXT, req],
    model: [TEXT, req],
    vin: [TEXT, req],
    plate: [TEXT],
    plateState: [TEXT],
  });
  await indexes(db, 'vehicles', [['customerId'], ['make']], ['vin']);

  await table(db, 'devices', {
    serial: [TEXT, req],
    kind: [TEXT, req],
    model: [TEXT, req],
    status: [TEXT, req],
    serviceCenterId: [INT, fk('serviceCenters')],
    customerId: [INT, fk('customers')],
    vehicleId: [INT, fk('vehicles')],
    lastCalibrationOn: [TEXT],
    nextCalibrationDue: [TEXT],
  });
  await indexes(db, 'devices', [['serviceCenterId'], ['customerId'], ['vehicleId'], ['status'], ['kind'], ['nextCalibrationDue']], ['serial']);

  await table(db, 'workOrders', {
    number: [TEXT],
    type: [TEXT, req],
    status: [TEXT, req],
    serviceCenterId: [INT, fk('serviceCenters', true)],
    customerId: [INT, fk('customers')],
    vehicleId: [INT, fk('vehicles')],
    scheduledAt: [TEXT, req],
    startedAt: [TEXT],
    completedAt: [TEXT],
    cost: [REAL],
    billableTo: [TEXT, req],
    notes: [TEXT],
  });
  await indexes(
    db,
    'workOrders',
    [['serviceCenterId', 'scheduledAt'], ['customerId'], ['vehicleId'], ['status'], ['type'], ['scheduledAt'], ['createdAt']],
    ['number'],
  );

  await table(db, 'shipments', {
    serviceCenterId: [INT, fk('serviceCenters', true)],
    shipDate: [TEXT, req],
    carrier: [TEXT, req],
    trackingNumber: [TEXT],
    status: [TEXT, req],
    notes: [TEXT],
  });
  await indexes(db, 'shipments', [['serviceCenterId', 'shipDate'], ['shipDate'], ['status']]);

  await table(db, 'shipmentPackages', {
    shipmentId: [INT, fk('shipments', true)],
    customerId: [INT, fk('customers', true)],
    workOrderId: [INT, fk('workOrders')],
    label: [TEXT, req],
    contents: [TEXT],
  });
  await indexes(db, 'shipmentPackages', [['shipmentId'], ['customerId'], ['workOrderId']]);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['shipmentPackages', 'shipments', 'workOrders', 'devices', 'vehicles', 'customers', 'installers', 'serviceCenters', 'regions', 'jurisdictions']) {
    await db.schema.dropTable(name).execute();
  }
}

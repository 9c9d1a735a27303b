import { describe, expect, test } from 'vitest';
import { WORK_ORDER_TYPES } from '../../server/resources/choices.ts';
import {
  authorizeProblem,
  billableTo,
  completeProblem,
  duplicateField,
  durationMinutes,
  equipmentArrivalProblem,
  insuranceLapsedOn,
  needsAuthorization,
  needsEquipment,
  overWalkInTarget,
  priceFor,
  updateProblem,
  workOrderClass,
} from '../../server/rules/work-orders/rules.ts';

describe('what each type of work is', () => {
  test.each([
    ['installation', 'appointment', false, true, 'customer'],
    ['removal', 'appointment', true, false, 'customer'],
    ['vehicle-switch', 'appointment', true, false, 'customer'],
    ['calibration', 'walk-in', false, false, 'customer'],
    ['lockout-service', 'walk-in', false, false, 'customer'],
    ['handheld-exchange', 'walk-in', true, true, 'customer'],
    ['vehicle-inspection', 'provider-request', false, false, 'provider'],
    ['cord-exchange', 'provider-request', false, false, 'provider'],
    ['camera-adjustment', 'provider-request', false, false, 'provider'],
  ])('%s: %s, authorisation %s, equipment shipped %s, billed to the %s', (type, kind, authorised, shipped, billed) => {
    expect(workOrderClass(type)).toBe(kind);
    expect(needsAuthorization(type)).toBe(authorised);
    expect(needsEquipment(type)).toBe(shipped);
    expect(billableTo(type)).toBe(billed);
  });

  test('every type is classified (the table above covers them all)', () => {
    for (const type of WORK_ORDER_TYPES) expect(() => workOrderClass(type)).not.toThrow();
    expect(() => workOrderClass('teleport')).toThrow();
  });
});

test.each([
  [[{ serviceType: 'installation', price: 120 }, { serviceType: 'removal', price: 0 }], 'removal', 0],
  [[{ serviceType: 'installation', price: 120 }], 'installation', 120],
  [[{ serviceType: 'installation', price: 120 }], 'removal', null],
  [[], 'installation', null],
  [null, 'installation', null],
])('price list %j: %s costs %s', (list, type, price) => {
  expect(priceFor(list, type)).toBe(price);
});

describe('a center without insurance cover takes no new work orders', () => {
  test.each([
    ['no binder date on file', null, null],
    ['expired before today', '2026-01-01', '2026-01-01'],
    ['expired yesterday', '2026-03-09', '2026-03-09'],
    ['expires today (still covers today)', '2026-03-10', null],
    ['expires later', '2026-12-31', null],
    ['a timestamp is read as its day', '2026-03-01T00:00:00.000Z', '2026-03-01'],
  ])('%s', (_label, expiresOn, lapsedOn) => {
    expect(insuranceLapsedOn(expiresOn, '2026-03-10')).toBe(lapsedOn);
  });
});

describe('a booking that duplicates an open one', () => {
  const at = (day: string) => `${day}T15:00:00.000Z`;
  const install = { type: 'installation', customerId: 1, vehicleId: 2, scheduledAt: at('2027-03-10') };
  const walkIn = { type: 'calibration', customerId: 1, vehicleId: null, scheduledAt: at('2027-03-10') };
  test.each([
    ['the same installation for the same vehicle at the same time', install, install, 'scheduledAt'],
    ['the same time written otherwise', { ...install, scheduledAt: '2027-03-10T15:00:00Z' }, install, 'scheduledAt'],
    ['another installation for the same vehicle another day', { ...install, scheduledAt: at('2027-04-01') }, install, 'vehicleId'],
    ['an installation for another vehicle of the customer', { ...install, vehicleId: 3 }, install, null],
    ['the same installation for another customer', { ...install, customerId: 4 }, install, null],
    ['other work for the same vehicle at the same time', { ...install, type: 'removal' }, install, null],
    ['a second removal for the same vehicle another day', { ...install, type: 'removal', scheduledAt: at('2027-04-01') }, { ...install, type: 'removal' }, null],
    ['a walk-in without a vehicle at the same time', walkIn, walkIn, 'scheduledAt'],
    ['a walk-in without a vehicle another day', { ...walkIn, scheduledAt: at('2027-03-11') }, walkIn, null],
    ['a provider request without a customer', { ...walkIn, type: 'vehicle-inspection', customerId: null }, { ...walkIn, type: 'vehicle-inspection', customerId: null }, null],
  ])('%s → %s', (_label, booking, open, field) => {
    expect(duplicateField(booking, open)).toBe(field);
  });
});

describe('what a generic edit may change', () => {
  const open = { status: 'scheduled', authorizedAt: null };
  const authorised = { status: 'authorized', authorizedAt: '2026-01-02T10:00:00.000Z' };
  test.each([
    ['a note on an open order', open, { notes: 'x' }, null],
    ['the time of an open order', open, { scheduledAt: '2026-02-01T10:00:00.000Z' }, null],
    ['scheduled → in-progress', open, { status: 'in-progress' }, null],
    ['→ authorized', open, { status: 'authorized' }, /Authorize command/],
    ['→ completed', open, { status: 'completed' }, /Complete command/],
    ['a completed order', { status: 'completed', authorizedAt: null }, { notes: 'x' }, /completed; it no longer changes/],
    ['a cancelled order', { status: 'cancelled', authorizedAt: null }, { status: 'scheduled' }, /cancelled/],
    ['the vehicle of an authorised order', authorised, { vehicleId: 4 }, /its vehicleId can no longer change/],
    ['the type and center of an authorised order', authorised, { type: 'installation', serviceCenterId: 2 }, /its type, serviceCenterId/],
    ['the time of an authorised order', authorised, { scheduledAt: '2026-02-01T10:00:00.000Z' }, null],
    ['cancelling an authorised order', authorised, { status: 'cancelled' }, null],
  ])('%s', (_label, before, changes, problem) => {
    const found = updateProblem(before, changes);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

test.each([
  [{ type: 'removal', status: 'scheduled', authorizedAt: null }, null],
  [{ type: 'vehicle-switch', status: 'requested', authorizedAt: null }, null],
  [{ type: 'handheld-exchange', status: 'in-progress', authorizedAt: null }, null],
  [{ type: 'installation', status: 'scheduled', authorizedAt: null }, /needs no authorisation/],
  [{ type: 'cord-exchange', status: 'scheduled', authorizedAt: null }, /needs no authorisation/],
  [{ type: 'removal', status: 'cancelled', authorizedAt: null }, /cancelled/],
  [{ type: 'removal', status: 'completed', authorizedAt: '2026-01-01T00:00:00.000Z' }, /completed/],
  [{ type: 'removal', status: 'authorized', authorizedAt: '2026-01-01T00:00:00.000Z' }, /already authorised/],
])('authorising %j: %s', (order, problem) => {
  const found = authorizeProblem(order);
  if (problem === null) expect(found).toBeNull();
  else expect(found).toMatch(problem);
});

describe('completing', () => {
  const at = (minute: number) => `2026-02-09T15:${String(minute).padStart(2, '0')}:00.000Z`;
  test.each([
    ['an installation without times', { type: 'installation', status: 'scheduled', authorizedAt: null }, { startedAt: null, completedAt: null }, null],
    ['a removal without authorisation', { type: 'removal', status: 'scheduled', authorizedAt: null }, { startedAt: at(1), completedAt: at(30) }, 'authorizedAt'],
    ['an authorised removal', { type: 'removal', status: 'authorized', authorizedAt: at(0) }, { startedAt: null, completedAt: null }, null],
    ['a handheld exchange without authorisation', { type: 'handheld-exchange', status: 'in-progress', authorizedAt: null }, { startedAt: at(1), completedAt: at(3) }, 'authorizedAt'],
    ['a walk-in without a start', { type: 'calibration', status: 'in-progress', authorizedAt: null }, { startedAt: null, completedAt: at(3) }, 'startedAt'],
    ['a walk-in without an end', { type: 'lockout-service', status: 'in-progress', authorizedAt: null }, { startedAt: at(1), completedAt: null }, 'completedAt'],
    ['an end before the start', { type: 'calibration', status: 'in-progress', authorizedAt: null }, { startedAt: at(5), completedAt: at(3) }, 'completedAt'],
    ['a walk-in with both times', { type: 'calibration', status: 'in-progress', authorizedAt: null }, { startedAt: at(1), completedAt: at(4) }, null],
    ['a completed order', { type: 'calibration', status: 'completed', authorizedAt: null }, { startedAt: at(1), completedAt: at(4) }, 'status'],
    ['a no-show', { type: 'installation', status: 'no-show', authorizedAt: null }, { startedAt: null, completedAt: null }, 'status'],
    ['a provider request', { type: 'camera-adjustment', status: 'scheduled', authorizedAt: null }, { startedAt: null, completedAt: null }, null],
  ])('%s', (_label, order, times, field) => {
    expect(completeProblem({ ...order, scheduledAt: at(0) }, times, '2026-02-09T18:00:00.000Z')?.field ?? null).toBe(field);
  });

  const ended = (completedAt: string | null) => ({ startedAt: null, completedAt });
  test.each([
    ['an installation ended on its day', 'installation', '2026-02-09T15:00:00.000Z', ended('2026-02-09T17:00:00.000Z'), null],
    ['an installation ended the day before (the tolerance)', 'installation', '2026-02-09T15:00:00.000Z', ended('2026-02-08T17:00:00.000Z'), null],
    ['an installation ended 11 days before its appointment', 'installation', '2026-02-20T15:00:00.000Z', ended('2026-02-09T17:00:00.000Z'), 'completedAt'],
    ['an installation ended two days early', 'installation', '2026-02-11T15:00:00.000Z', ended('2026-02-09T17:00:00.000Z'), 'completedAt'],
    ['no end given: completed now, long before the appointment', 'installation', '2026-03-01T15:00:00.000Z', ended(null), 'completedAt'],
    ['no end given: completed now, after the appointment', 'installation', '2026-02-01T15:00:00.000Z', ended(null), null],
    ['a walk-in ended two days before its arrival', 'calibration', '2026-02-11T15:00:00.000Z', { startedAt: '2026-02-09T15:00:00.000Z', completedAt: '2026-02-09T15:04:00.000Z' }, 'completedAt'],
    ['a walk-in ended later than its recorded arrival', 'calibration', '2026-02-01T15:00:00.000Z', { startedAt: '2026-02-09T15:00:00.000Z', completedAt: '2026-02-09T15:04:00.000Z' }, null],
  ])('%s', (_label, type, scheduledAt, times, field) => {
    const problem = completeProblem({ type, status: 'scheduled', authorizedAt: null, scheduledAt }, times, '2026-02-10T12:00:00.000Z');
    expect(problem?.field ?? null).toBe(field);
    if (field) expect(problem?.message).toMatch(/before its scheduled day/);
  });

  test.each([
    ['no shipment (the center’s own stock)', [], null],
    ['shipped before the day', [{ status: 'shipped', shipDate: '2026-02-05' }], null],
    ['delivered, shipped on the day', [{ status: 'delivered', shipDate: '2026-02-09' }], null],
    ['still being prepared', [{ status: 'preparing', shipDate: '2026-02-05' }], /not shipped yet/],
    ['shipped after the completion day', [{ status: 'shipped', shipDate: '2026-02-12' }], /ships on 2026-02-12, after the completion on 2026-02-09/],
  ])('equipment %s', (_label, shipments, problem) => {
    const found = equipmentArrivalProblem(shipments, '2026-02-09');
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  test.each([
    ['calibration', '2026-02-09T15:00:00.000Z', '2026-02-09T15:04:59.000Z', false],
    ['calibration', '2026-02-09T15:00:00.000Z', '2026-02-09T15:05:00.000Z', false],
    ['calibration', '2026-02-09T15:00:00.000Z', '2026-02-09T15:05:01.000Z', true],
    ['handheld-exchange', '2026-02-09T15:00:00.000Z', '2026-02-09T15:12:00.000Z', true],
    ['installation', '2026-02-09T15:00:00.000Z', '2026-02-09T17:00:00.000Z', false],
    ['calibration', null, '2026-02-09T15:10:00.000Z', false],
  ])('%s from %s to %s is over the five-minute target: %s', (type, start, end, over) => {
    expect(overWalkInTarget(type, start, end)).toBe(over);
  });

  test('duration in minutes', () => {
    expect(durationMinutes('2026-02-09T15:00:00.000Z', '2026-02-09T15:04:30.000Z')).toBe(4.5);
    expect(durationMinutes(null, '2026-02-09T15:04:30.000Z')).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { noShowProblem, recordedWalkInErrors, startProblem } from '../../server/rules/work-orders/rules.ts';
import { readingsErrors, withinTolerance, type Readings } from '../../server/rules/work-orders/readings.ts';
import { appointmentNotices, type Booked } from '../../server/rules/work-orders/appointment-notices.ts';

const NOW = '2026-06-10T12:00:00.000Z';

describe('startProblem', () => {
  test.each([
    { arrivedAt: '2026-06-10T11:50:00.000Z', startedAt: '2026-06-10T11:55:00.000Z', field: null },
    { arrivedAt: '2026-06-10T11:55:00.000Z', startedAt: '2026-06-10T11:55:00.000Z', field: null },
    { arrivedAt: NOW, startedAt: NOW, field: null },
    { arrivedAt: '2026-06-10T12:00:01.000Z', startedAt: '2026-06-10T12:00:01.000Z', field: 'arrivedAt' },
    { arrivedAt: '2026-06-10T11:50:00.000Z', startedAt: '2026-06-10T12:10:00.000Z', field: 'startedAt' },
    { arrivedAt: '2026-06-10T11:50:00.000Z', startedAt: '2026-06-10T11:49:59.000Z', field: 'startedAt' },
  ])('arrived $arrivedAt, started $startedAt → $field', ({ field, ...times }) => {
    expect(startProblem(times, NOW)?.field ?? null).toBe(field);
  });
});

describe('noShowProblem', () => {
  test.each([
    { scheduledAt: '2026-06-10T11:59:59.000Z', refused: false },
    { scheduledAt: NOW, refused: false },
    { scheduledAt: '2026-06-10T12:00:01.000Z', refused: true },
    { scheduledAt: '2026-06-10T13:00:00+02:00', refused: false },
  ])('appointment at $scheduledAt, refused: $refused', ({ scheduledAt, refused }) => {
    expect(noShowProblem(scheduledAt, NOW) !== null).toBe(refused);
  });
});

describe('recordedWalkInErrors', () => {
  const walkIn = { type: 'calibration', scheduledAt: '2026-06-10T11:50:00.000Z', startedAt: '2026-06-10T11:52:00.000Z', completedAt: '2026-06-10T11:56:00.000Z' };
  test.each([
    { change: {}, errors: {} },
    { change: { type: 'handheld-exchange' }, errors: {} },
    { change: { type: 'installation' }, errors: ['completedAt'] },
    { change: { type: 'vehicle-inspection' }, errors: ['completedAt'] },
    { change: { startedAt: null }, errors: ['startedAt'] },
    { change: { completedAt: '2026-06-10T12:00:01.000Z' }, errors: ['completedAt'] },
    { change: { completedAt: '2026-06-10T11:52:00.000Z' }, errors: ['completedAt'] },
    { change: { scheduledAt: '2026-06-10T11:53:00.000Z' }, errors: ['scheduledAt'] },
    { change: { scheduledAt: '2026-06-10T11:53:00.000Z', completedAt: '2026-06-10T11:51:00.000Z' }, errors: ['completedAt', 'scheduledAt'] },
  ])('$change → $errors', ({ change, errors }) => {
    expect(Object.keys(recordedWalkInErrors({ ...walkIn, ...change }, NOW)).sort()).toEqual(Array.isArray(errors) ? errors : []);
  });
});

describe('readings', () => {
  test.each([
    { reading: 0.044, standard: 0.04, within: true },
    { reading: 0.036, standard: 0.04, within: true },
    { reading: 0.0441, standard: 0.04, within: false },
    { reading: 0.0359, standard: 0.04, within: false },
    { reading: 0.033, standard: 0.03, within: true },
  ])('$reading against $standard: within ±10 % is $within', ({ reading, standard, within }) => {
    expect(withinTolerance(reading, standard)).toBe(within);
  });

  const full: Readings = { referenceStandard: 0.04, asFoundReading: 0.05, asLeftReading: 0.041, referenceWithinCertificate: true };
  test.each([
    { type: 'calibration', done: true, readings: full, errors: [] },
    { type: 'calibration', done: true, readings: { ...full, asFoundReading: null }, errors: ['asFoundReading'] },
    { type: 'calibration', done: true, readings: {}, errors: ['asFoundReading', 'asLeftReading', 'referenceStandard', 'referenceWithinCertificate'] },
    { type: 'calibration', done: false, readings: {}, errors: [] },
    { type: 'calibration', done: false, readings: { referenceStandard: 0.04, asLeftReading: 0.03 }, errors: ['asLeftReading'] },
    { type: 'calibration', done: true, readings: { ...full, referenceWithinCertificate: false }, errors: ['referenceWithinCertificate'] },
    { type: 'lockout-service', done: true, readings: {}, errors: [] },
    { type: 'lockout-service', done: true, readings: { asFoundReading: 0.02 }, errors: ['asFoundReading'] },
    { type: 'installation', done: false, readings: { referenceWithinCertificate: false }, errors: ['referenceWithinCertificate'] },
  ])('$type (recorded done: $done) with $readings → $errors', ({ type, done, readings, errors }) => {
    expect(Object.keys(readingsErrors(type, done, readings)).sort()).toEqual(errors);
  });
});

describe('appointmentNotices', () => {
  const booked: Booked = { type: 'removal', status: 'scheduled', serviceCenterId: 1, scheduledAt: '2026-07-01T15:00:00.000Z' };
  test.each([
    { label: 'a new appointment', before: undefined, after: booked, notices: [{ serviceCenterId: 1, kind: 'new' }] },
    { label: 'a new walk-in', before: undefined, after: { ...booked, type: 'calibration' }, notices: [] },
    { label: 'a new provider request', before: undefined, after: { ...booked, type: 'cord-exchange' }, notices: [] },
    { label: 'booked cancelled', before: undefined, after: { ...booked, status: 'cancelled' }, notices: [] },
    { label: 'nothing the center cares about', before: booked, after: { ...booked, status: 'authorized' }, notices: [] },
    { label: 'the same instant written otherwise', before: booked, after: { ...booked, scheduledAt: '2026-07-01T17:00:00+02:00' }, notices: [] },
    { label: 'a new time', before: booked, after: { ...booked, scheduledAt: '2026-07-02T15:00:00.000Z' }, notices: [{ serviceCenterId: 1, kind: 'changed' }] },
    { label: 'a new type', before: booked, after: { ...booked, type: 'vehicle-switch' }, notices: [{ serviceCenterId: 1, kind: 'changed' }] },
    { label: 'cancelled', before: booked, after: { ...booked, status: 'cancelled' }, notices: [{ serviceCenterId: 1, kind: 'cancelled' }] },
    { label: 'booked again', before: { ...booked, status: 'cancelled' }, after: booked, notices: [{ serviceCenterId: 1, kind: 'new' }] },
    { label: 'moved to another center', before: booked, after: { ...booked, serviceCenterId: 2 }, notices: [{ serviceCenterId: 1, kind: 'cancelled' }, { serviceCenterId: 2, kind: 'new' }] },
    { label: 'turned into a walk-in', before: booked, after: { ...booked, type: 'calibration' }, notices: [{ serviceCenterId: 1, kind: 'cancelled' }] },
  ])('$label', ({ before, after, notices }) => {
    expect(appointmentNotices(before, after)).toEqual(notices);
  });
});

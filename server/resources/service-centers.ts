import { z } from 'zod';
import { defineResource } from './define.ts';
import { date, datetime, email, json, phone, real, ref, choice, text, type RecordOf } from './fields.ts';
import { ONBOARDING_STATUSES, STATE_NOTICE_CHANNELS, WORK_ORDER_TYPES } from './choices.ts';
import { badRequest, conflict } from '../rest/errors.ts';
import { jurisdictions } from './jurisdictions.ts';
import { regions } from './regions.ts';
import { openingHoursSchema } from '../rules/availability/hours.ts';
import { centerPositionColumns } from '../rules/locator/zip-positions.ts';

export const GO_LIVE_BY_COMMAND = 'Centers go live through the go-live command, which checks the onboarding gates';
export const BINDER_EXPIRES_BEFORE_RECEIVED = 'The insurance binder cannot expire before it was received';

const contact = z.strictObject({
  name: z.string().trim().min(1, 'Required').max(100),
  role: z.string().trim().max(100).nullable().optional(),
  phone: z.string().trim().max(25).nullable().optional(),
  email: z.string().trim().max(200).nullable().optional(),
});

const price = z.strictObject({
  serviceType: z.enum(WORK_ORDER_TYPES),
  price: z.number({ error: 'Must be a number' }).min(0, 'At least 0').max(10_000, 'At most 10000'),
});

export const serviceCenters = defineResource({
  name: 'service-centers',
  table: 'serviceCenters',
  fields: {
    name: text(120).required(),
    regionId: ref(() => regions).required(),
    jurisdictionId: ref(() => jurisdictions).required(),
    street: text(200).required(),
    city: text(100).required(),
    state: text(2).required(),
    postalCode: text(10).required(),
    phone: phone(),
    email: email(),
    contacts: json(z.array(contact).max(20, 'At most 20 contacts')),
    /** A free-text note on the hours ("Sat by appointment"). */
    hours: text(200),
    /** Weekly opening hours in the center's local time (its state's zone); null: none given, no booking refused on hours. */
    openingHours: json(openingHoursSchema),
    onboardingStatus: choice(ONBOARDING_STATUSES).required(),
    statusChangedAt: datetime().serverOwned(),
    priceList: json(
      z
        .array(price)
        .max(WORK_ORDER_TYPES.length)
        .refine((list) => new Set(list.map((p) => p.serviceType)).size === list.length, 'One price per service type'),
    ),
    notes: text(2000),
    // Onboarding paperwork and steps (the go-live gates; documents hold the files).
    agreementSignedOn: date(),
    w9ReceivedOn: date(),
    insuranceReceivedOn: date(),
    insuranceExpiresOn: date(),
    stateNotifiedOn: date(),
    stateNotifiedHow: choice(STATE_NOTICE_CHANNELS),
    stateInspectionPassedOn: date(),
    /** Set by the go-live command. */
    wentLiveAt: datetime().serverOwned(),
    /** The latest service rating (0–100), null while unrated; see ratings for the history. */
    rating: real().serverOwned(),
    ratingStars: real().serverOwned(),
    ratingGrade: text(2).serverOwned(),
    ratedAt: datetime().serverOwned(),
    /** Where the center is (decimal degrees), from its postal code: the service-center locator's distances. */
    latitude: real().serverOwned(),
    longitude: real().serverOwned(),
  },
  search: ['name', 'street', 'city', 'state', 'postalCode', 'email', 'phone'],
  defaults: { onboardingStatus: 'applicant', contacts: [], priceList: [] },
  derive: (changes, now) => ({
    ...('onboardingStatus' in changes ? { statusChangedAt: now } : {}),
    ...(typeof changes.postalCode === 'string' ? centerPositionColumns(changes.postalCode) : {}),
  }),
  // Whatever the role: `live` is set by POST /api/service-centers/:id/go-live alone.
  check: async (_trx, action, before, changes) => {
    if (action === 'delete') return;
    if (changes.onboardingStatus === 'live') throw conflict(GO_LIVE_BY_COMMAND, { onboardingStatus: GO_LIVE_BY_COMMAND });
    const { insuranceReceivedOn: received, insuranceExpiresOn: expires } = { ...before, ...changes };
    if (typeof received === 'string' && typeof expires === 'string' && expires < received) {
      throw badRequest('Some fields are invalid', { insuranceExpiresOn: BINDER_EXPIRES_BEFORE_RECEIVED });
    }
  },
});

export type ServiceCenter = RecordOf<typeof serviceCenters.fields>;

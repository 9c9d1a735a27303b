import { z } from 'zod';
import { defineResource } from './define.ts';
import { bool, choice, date, email, json, money, phone, ref, text, type RecordOf, type ResourceRef } from './fields.ts';
import { CONTACT_CHANNELS, CUSTOMER_STATUSES, LANGUAGES, MESSAGE_TOPICS, PAYMENT_PLANS, TOPIC_CHANNELS } from './choices.ts';
import { jurisdictions } from './jurisdictions.ts';

/** A channel for every topic and nothing else: `{ appointments: 'sms', payments: 'email', calibration: 'phone', programNotices: 'none' }`. */
const contactPreferences = z.record(z.enum(MESSAGE_TOPICS), z.enum(TOPIC_CHANNELS, { error: `One of: ${TOPIC_CHANNELS.join(', ')}` }));

export const customers = defineResource({
  name: 'customers',
  table: 'customers',
  fields: {
    firstName: text(60).required(),
    lastName: text(60).required(),
    email: email(),
    phone: phone(),
    street: text(200),
    city: text(100),
    state: text(2),
    postalCode: text(10),
    jurisdictionId: ref(() => jurisdictions).required(),
    caseNumber: text(40),
    programStart: date(),
    programEnd: date(),
    paymentPlan: choice(PAYMENT_PLANS).required(),
    autoPay: bool().required(),
    balance: money(),
    /** What the customer pays per period of their plan (set by staff; converted when the customer changes the plan's frequency). */
    planAmount: money(0, 100_000),
    /** The plan's next payment date: auto-pay charges on it, and it moves on by a period. */
    nextPaymentOn: date(),
    /** The customer's saved card that auto-pay charges (payment-methods; named, not imported: that resource refers back to customers). */
    autoPayMethodId: ref((): ResourceRef => ({ name: 'payment-methods', table: 'paymentMethods' })),
    preferredChannel: choice(CONTACT_CHANNELS).required(),
    remindersOptIn: bool().required(),
    /** How they want to hear about each topic; null until they say (messages go by e-mail today, see README). */
    contactPreferences: json(contactPreferences),
    /** The language of the portal and of their messages. */
    language: choice(LANGUAGES).required(),
    status: choice(CUSTOMER_STATUSES).required(),
  },
  search: ['firstName', 'lastName', 'email', 'phone', 'city', 'caseNumber'],
  defaults: {
    paymentPlan: 'monthly',
    autoPay: false,
    balance: 0,
    preferredChannel: 'email',
    remindersOptIn: true,
    language: 'en',
    status: 'pending-install',
  },
});

export type Customer = RecordOf<typeof customers.fields>;

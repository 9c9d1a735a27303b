import type { NotNull } from 'kysely';
import type { Language } from '../../auth/accounts/account-emails.ts';
import type { Db } from '../../db/database.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { queueMessages, recipientOf, type Message } from './queue.ts';
import { appointmentReminders } from './appointment-reminders.ts';
import { greetedBody } from './customer-words.ts';
import { lockoutSentence, REMINDER_EMAILS } from './reminder-emails.ts';

/** Insurance binders expiring within this many days are reminded. */
export const INSURANCE_NOTICE_DAYS = 30;
/** Corrective actions due within this many days (or overdue) are reminded. */
export const CORRECTIVE_ACTION_NOTICE_DAYS = 7;
/** Calibrations due within this many days are reminded. */
export const CALIBRATION_NOTICE_DAYS = 7;

export interface ReminderCounts {
  'insurance-expiring': number;
  'corrective-action-due': number;
  'calibration-due': number;
  'appointment-reminder': number;
}

/**
 * Queues the reminders due on `today` (YYYY-MM-DD): insurance binders of live centers expiring
 * within 30 days, open corrective actions due within 7 days or overdue, calibrations of installed
 * devices due within 7 days (to the customer who opted in and has an email, in their language, else
 * to the center), appointments of the next day (to the customer who opted in and has an email, in
 * their language: appointment-reminders.ts).
 * One query per kind; the dedupe keys carry the due date (and, for corrective actions, whether
 * it was due or overdue), so running the job twice — or every hour — queues nothing new, while a
 * renewed binder or a moved due date is reminded again. Returns how many were newly queued.
 */
export async function queueReminders(db: Db, today: string, now = new Date()): Promise<ReminderCounts> {
  return db.transaction().execute(async (trx) => {
    const insurance = await trx
      .selectFrom('serviceCenters')
      .select(['id', 'name', 'email', 'contacts', 'insuranceExpiresOn'])
      .where('onboardingStatus', '=', 'live')
      .where('insuranceExpiresOn', 'is not', null)
      .where('insuranceExpiresOn', '<=', addDaysToIsoDay(today, INSURANCE_NOTICE_DAYS))
      .orderBy('id')
      .$narrowType<{ insuranceExpiresOn: NotNull }>()
      .execute();
    const insuranceMessages: Message[] = insurance.map((c) => {
      const expires = c.insuranceExpiresOn;
      const expired = expires < today;
      return {
        kind: 'insurance-expiring',
        recipient: recipientOf(c),
        subject: expired ? `Your insurance binder expired on ${expires}` : `Your insurance binder expires on ${expires}`,
        body: [
          `Dear ${c.name},`,
          '',
          expired
            ? `Our records show your liability insurance binder expired on ${expires}.`
            : `Our records show your liability insurance binder expires on ${expires}.`,
          'Please send the renewed binder to your onboarding contact: a center without current insurance cannot take appointments.',
        ].join('\n'),
        dedupeKey: `insurance-expiring:${c.id}:${expires}`,
        resource: 'service-centers',
        recordId: c.id,
      };
    });

    const actions = await trx
      .selectFrom('correctiveActions')
      .innerJoin('serviceCenters', 'serviceCenters.id', 'correctiveActions.serviceCenterId')
      .select([
        'correctiveActions.id',
        'correctiveActions.dueDate',
        'correctiveActions.description',
        'correctiveActions.severity',
        'correctiveActions.owner',
        'serviceCenters.name',
        'serviceCenters.email',
        'serviceCenters.contacts',
      ])
      .where('correctiveActions.status', '=', 'open')
      .where('correctiveActions.dueDate', 'is not', null)
      .where('correctiveActions.dueDate', '<=', addDaysToIsoDay(today, CORRECTIVE_ACTION_NOTICE_DAYS))
      .where('serviceCenters.onboardingStatus', '!=', 'closed')
      .orderBy('correctiveActions.id')
      .$narrowType<{ dueDate: NotNull }>()
      .execute();
    const actionMessages: Message[] = actions.map((a) => {
      const due = a.dueDate;
      const overdue = due < today;
      return {
        kind: 'corrective-action-due',
        recipient: recipientOf(a),
        subject: `${overdue ? 'Overdue' : 'Due soon'}: corrective action #${a.id} (${a.severity}) due ${due}`,
        body: [
          `Dear ${a.name},`,
          '',
          overdue
            ? `A corrective action from your last audit was due on ${due} and is still open:`
            : `A corrective action from your last audit is due on ${due}:`,
          '',
          a.description,
          '',
          `Severity: ${a.severity}${a.owner ? ` · Owner: ${a.owner}` : ''}`,
          'Please send the evidence that it is done to your compliance reviewer; open and overdue actions lower your rating.',
        ].join('\n'),
        dedupeKey: `corrective-action-due:${a.id}:${due}:${overdue ? 'overdue' : 'due'}`,
        resource: 'corrective-actions',
        recordId: a.id,
      };
    });

    const calibrations = await trx
      .selectFrom('devices')
      .leftJoin('customers', 'customers.id', 'devices.customerId')
      .leftJoin('serviceCenters', 'serviceCenters.id', 'devices.serviceCenterId')
      .select([
        'devices.id',
        'devices.serial',
        'devices.nextCalibrationDue',
        'devices.lockoutOn',
        'customers.firstName',
        'customers.lastName',
        'customers.email as customerEmail',
        'customers.remindersOptIn',
        'customers.language',
        'serviceCenters.name as centerName',
        'serviceCenters.email as centerEmail',
        'serviceCenters.contacts as centerContacts',
      ])
      .where('devices.status', '=', 'installed')
      .where('devices.nextCalibrationDue', '>=', today)
      .where('devices.nextCalibrationDue', '<=', addDaysToIsoDay(today, CALIBRATION_NOTICE_DAYS))
      .orderBy('devices.id')
      .$narrowType<{ nextCalibrationDue: NotNull }>()
      .execute();
    const calibrationMessages: Message[] = calibrations.map((d) => {
      const due = d.nextCalibrationDue;
      const toCustomer = Boolean(d.remindersOptIn) && Boolean(d.customerEmail);
      const language: Language = toCustomer ? (d.language as Language) : 'en'; // the center's notice is in English
      const reminder = REMINDER_EMAILS[language].calibrationDue(d.serial, due, d.lockoutOn);
      return {
        kind: 'calibration-due',
        recipient: toCustomer ? String(d.customerEmail) : d.centerName ? recipientOf({ email: d.centerEmail, contacts: d.centerContacts }) : null,
        subject: reminder.subject,
        body: toCustomer
          ? greetedBody(language, { firstName: String(d.firstName), lastName: String(d.lastName) }, reminder.lines)
          : [
              `Device ${d.serial} of ${d.firstName ? `${d.firstName} ${String(d.lastName)}` : 'the customer'} is due for calibration on ${due}.${lockoutSentence(d.lockoutOn)}`,
              'The customer does not receive reminders from us: please contact them to come in.',
            ].join('\n'),
        dedupeKey: `calibration-due:${d.id}:${due}`,
        resource: 'devices',
        recordId: d.id,
      };
    });

    return {
      'insurance-expiring': await queueMessages(trx, insuranceMessages, now),
      'corrective-action-due': await queueMessages(trx, actionMessages, now),
      'calibration-due': await queueMessages(trx, calibrationMessages, now),
      'appointment-reminder': await queueMessages(trx, await appointmentReminders(trx, today), now),
    };
  });
}

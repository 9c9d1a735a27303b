import type { Language } from '../../auth/accounts/account-emails.ts';
import type { CustomerEmail } from './customer-words.ts';

/** "If it is not calibrated, it locks the vehicle on 2026-03-10." — also in the center's English notice. */
export const lockoutSentence = (lockoutOn: string | null) => (lockoutOn ? ` If it is not calibrated, it locks the vehicle on ${lockoutOn}.` : '');

/** The reminders to a customer in each language of the portal (after the greeting: `greetedBody`). Days stay YYYY-MM-DD. */
interface Templates {
  calibrationDue(serial: string, due: string, lockoutOn: string | null): CustomerEmail;
  /** `kind` in the language's words, `visit` the when-and-where lines already in it. */
  appointmentTomorrow(kind: string, visit: string[], orderNumber: string): CustomerEmail;
}

const en: Templates = {
  calibrationDue: (serial, due, lockoutOn) => ({
    subject: `Calibration due on ${due}: device ${serial}`,
    lines: [
      `Your interlock device ${serial} is due for calibration on ${due}.${lockoutSentence(lockoutOn)}`,
      'Calibrations take a few minutes and need no appointment: drop by your service center (a call ahead helps).',
    ],
  }),
  appointmentTomorrow: (kind, visit, orderNumber) => ({
    subject: `Reminder: your ${kind} appointment tomorrow`,
    lines: [
      `This is a reminder of your ${kind} appointment tomorrow.`,
      '',
      ...visit,
      `Work order: ${orderNumber}`,
      '',
      'Please arrive a few minutes early with your vehicle. If you cannot make it, call the center.',
    ],
  }),
};

const es: Templates = {
  calibrationDue: (serial, due, lockoutOn) => ({
    subject: `Calibración pendiente el ${due}: dispositivo ${serial}`,
    lines: [
      `Su dispositivo de bloqueo ${serial} debe calibrarse el ${due}.${lockoutOn ? ` Si no se calibra, bloqueará el vehículo el ${lockoutOn}.` : ''}`,
      'La calibración toma unos minutos y no necesita cita: pase por su centro de servicio (conviene llamar antes).',
    ],
  }),
  appointmentTomorrow: (kind, visit, orderNumber) => ({
    subject: `Recordatorio: su cita de ${kind} es mañana`,
    lines: [
      `Le recordamos su cita de ${kind} de mañana.`,
      '',
      ...visit,
      `Orden de trabajo: ${orderNumber}`,
      '',
      'Llegue unos minutos antes con su vehículo. Si no puede asistir, llame al centro.',
    ],
  }),
};

export const REMINDER_EMAILS: Record<Language, Templates> = { en, es };

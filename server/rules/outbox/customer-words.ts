import type { Language } from '../../auth/accounts/account-emails.ts';
import type { WORK_ORDER_TYPES } from '../../resources/choices.ts';

/** An e-mail to a customer before it gets a recipient and a dedupe key: its subject and its body's lines. */
export interface CustomerEmail {
  subject: string;
  lines: string[];
}

/** What every e-mail to a customer words alike, in one language of the portal. */
export interface CustomerWords {
  /** The opening line: "Dear Ana Ruiz," / "Hola, Ana Ruiz:". */
  greeting(firstName: string, lastName: string): string;
  /** A kind of visit (a work order's type) in running text: "vehicle switch" / "cambio de vehículo". */
  visitKind(kind: string): string;
}

/** The work orders' types in Spanish, lower case for running text. */
const SPANISH_VISIT_KINDS: Record<(typeof WORK_ORDER_TYPES)[number], string> = {
  installation: 'instalación',
  removal: 'retiro',
  'vehicle-switch': 'cambio de vehículo',
  calibration: 'calibración',
  'lockout-service': 'servicio de bloqueo',
  'handheld-exchange': 'cambio de unidad de mano',
  'vehicle-inspection': 'inspección del vehículo',
  'cord-exchange': 'cambio de cable',
  'camera-adjustment': 'ajuste de la cámara',
};

const en: CustomerWords = {
  greeting: (firstName, lastName) => `Dear ${firstName} ${lastName},`,
  visitKind: (kind) => kind.replace(/-/g, ' '),
};

const es: CustomerWords = {
  greeting: (firstName, lastName) => `Hola, ${firstName} ${lastName}:`,
  visitKind: (kind) => (SPANISH_VISIT_KINDS as Record<string, string>)[kind] ?? en.visitKind(kind),
};

export const CUSTOMER_WORDS: Record<Language, CustomerWords> = { en, es };

/** A customer e-mail's body: the greeting in their language, a blank line, then the lines. */
export const greetedBody = (language: Language, customer: { firstName: string; lastName: string }, lines: string[]) =>
  [CUSTOMER_WORDS[language].greeting(customer.firstName, customer.lastName), '', ...lines].join('\n');

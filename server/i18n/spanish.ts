import { CUSTOMER_WORDS } from '../rules/outbox/customer-words.ts';
import type { Translation } from './translate.ts';

/**
 * The refusals a customer can meet in the client portal, in Spanish (the portal's second language),
 * addressed as "usted" like the account e-mails. Each English pattern matches one text the server
 * writes; its groups are the values in it. Staff-only refusals stay English (the back office is).
 */

const words = (names: Record<string, string>) => (value: string) => names[value] ?? value;

const deviceStatus = words({ 'in-stock': 'en almacén', shipped: 'enviado', installed: 'instalado', returned: 'devuelto', retired: 'dado de baja' });
const weekdays = words({ Mondays: 'los lunes', Tuesdays: 'los martes', Wednesdays: 'los miércoles', Thursdays: 'los jueves', Fridays: 'los viernes', Saturdays: 'los sábados', Sundays: 'los domingos' });
const attempts = words({ 'failed sign-ins': 'inicios de sesión fallidos', 'wrong current passwords': 'contraseñas actuales incorrectas', 'enrolment attempts': 'intentos de inscripción' });
const codes = (n: string) => `${n} ${n === '1' ? 'código' : 'códigos'} de desbloqueo`;

const fixed = (english: string, spanish: string): Translation => [new RegExp(`^${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), () => spanish];

export const SPANISH: readonly Translation[] = [
  // Any request
  fixed('Some fields are invalid', 'Algunos campos no son válidos'),
  fixed('Required', 'Obligatorio'),
  fixed('Sign in first', 'Inicie sesión primero'),
  fixed('Not found', 'No se encontró'),
  [/^No ([a-z-]+) record with id (.+)$/, (resource, id) => `No existe el registro ${id} de ${resource}`],
  fixed('Some references point to nothing', 'Algunas referencias no existen'),
  fixed('Someone else changed this record meanwhile. Reload it.', 'Alguien cambió este registro mientras tanto. Vuelva a cargarlo.'),
  [/^Someone else changed this record \(now at version (\d+), yours is (\d+)\)\. Reload it to see their changes\.$/, (now, yours) => `Alguien cambió este registro (ahora va por la versión ${now}; la suya es la ${yours}). Vuelva a cargarlo para ver los cambios.`],
  fixed('Stale version', 'Versión desactualizada'),
  fixed('This account changed meanwhile: try again', 'Su cuenta cambió mientras tanto: inténtelo de nuevo'),
  fixed('A record with this value was just written by someone else: reload and try again', 'Alguien acaba de guardar este mismo dato: vuelva a cargar e inténtelo de nuevo'),
  fixed('A record with this value already exists', 'Ya existe un registro con este valor'),
  fixed('Already used by another record', 'Ya lo usa otro registro'),
  fixed('The database is busy with another long write (an import?): nothing was saved, try again in a moment', 'El sistema está ocupado: no se guardó nada, inténtelo de nuevo en un momento'),
  fixed('Internal server error', 'Error interno del servidor'),
  fixed('The id must be a positive whole number', 'El identificador debe ser un número entero positivo'),
  fixed('The body must be a JSON object', 'La solicitud no es válida'),
  fixed('Unknown field', 'Campo desconocido'),
  fixed('Leave the id out of a new record', 'Un registro nuevo no lleva identificador'),
  fixed('The server assigns ids', 'El servidor asigna los identificadores'),
  fixed('Must be text', 'Debe ser texto'),
  fixed('Must be a number', 'Debe ser un número'),
  fixed('Must be a whole number', 'Debe ser un número entero'),
  fixed('Must be true or false', 'Debe ser sí o no'),
  fixed('Must be the id of a record', 'Debe ser el identificador de un registro'),
  fixed('Must be a date (YYYY-MM-DD)', 'Debe ser una fecha (AAAA-MM-DD)'),
  fixed('Must be a date and time (ISO 8601)', 'Debe ser una fecha y hora (ISO 8601)'),
  [/^Must be a whole number from (-?\d+) to (-?\d+)$/, (min, max) => `Debe ser un número entero de ${min} a ${max}`],
  [/^At most (\d+) characters$/, (n) => `Como máximo ${n} caracteres`],
  [/^At least (\d+) characters$/, (n) => `Al menos ${n} caracteres`],
  [/^At most (-?[\d.]+)$/, (n) => `Como máximo ${n}`],
  [/^At least (-?[\d.]+)$/, (n) => `Al menos ${n}`],
  [/^One of: (.+)$/, (values) => `Uno de: ${values}`],
  fixed('Not a valid email address', 'No es una dirección de correo válida'),
  fixed('Not a valid phone number', 'No es un número de teléfono válido'),
  fixed('You add records of your own only', 'Solo puede agregar registros propios'),
  fixed(
    'You change your contact details and how you pay here; your program, plan price, balance and e-mail are changed otherwise',
    'Aquí cambia sus datos de contacto y su forma de pago; su programa, el precio del plan, el saldo y el correo se cambian por otras vías',
  ),
  fixed('This change would put the record outside what you may see', 'Este cambio dejaría el registro fuera de lo que usted puede ver'),
  [/^Too many (.+)\. Try again in (\d+) minutes?\.$/, (what, minutes) => `Demasiados ${attempts(what)}. Inténtelo de nuevo en ${minutes} ${minutes === '1' ? 'minuto' : 'minutos'}.`],

  // Signing in, enrolment, password and e-mail
  fixed('Wrong email or password', 'Correo electrónico o contraseña incorrectos'),
  fixed(
    'Confirm your e-mail address first: open the link we sent you (it works for 24 hours), or enrol again for a new one',
    'Primero confirme su correo electrónico: abra el enlace que le enviamos (sirve durante 24 horas) o inscríbase de nuevo para recibir otro',
  ),
  fixed('The current password is wrong', 'La contraseña actual es incorrecta'),
  fixed('Wrong password', 'Contraseña incorrecta'),
  fixed('The new password does not meet the policy', 'La nueva contraseña no cumple las reglas'),
  fixed('At least one number', 'Al menos un número'),
  fixed('This e-mail address belongs to another account', 'Esta dirección de correo pertenece a otra cuenta'),
  fixed('Already the e-mail of another account', 'Ya es el correo de otra cuenta'),
  fixed('This is already your e-mail address', 'Esta ya es su dirección de correo'),
  fixed('Already your e-mail address', 'Ya es su dirección de correo'),
  fixed('This link is not valid', 'Este enlace no es válido'),
  fixed('This link is not valid: open the latest link we sent you, or ask for a new one', 'Este enlace no es válido: abra el último enlace que le enviamos o pida uno nuevo'),
  fixed('This link was already used', 'Este enlace ya se usó'),
  fixed('This link has expired (links work for 24 hours): ask for a new one', 'Este enlace venció (los enlaces sirven durante 24 horas): pida uno nuevo'),

  // Unlock codes
  [/^Unlock codes are issued only for installed devices; this device is (.+)$/, (status) => `Los códigos de desbloqueo se dan solo para dispositivos instalados; este dispositivo está ${deviceStatus(status)}`],
  fixed('This device has no customer, so no jurisdiction allows an unlock code for it', 'Este dispositivo no tiene cliente, así que ninguna jurisdicción permite un código de desbloqueo para él'),
  [/^(.+ \([A-Z]{2}\)) does not allow unlock codes; call (.+)$/, (state, phone) => `${state} no permite códigos de desbloqueo; llame al ${phone}`],
  [/^(.+ \([A-Z]{2}\)) does not allow unlock codes$/, (state) => `${state} no permite códigos de desbloqueo`],
  [/^(.+ \([A-Z]{2}\)) has no validity window for unlock codes; an administrator must set it first$/, (state) => `${state} aún no tiene un plazo de validez para los códigos de desbloqueo; llame a su proveedor de monitoreo`],
  [/^Daily limit reached: (.+ \([A-Z]{2}\)) allows (\d+) unlock codes? per device per day$/, (state, n) => `Límite diario alcanzado: ${state} permite ${codes(n)} por dispositivo al día`],
  [/^Program limit reached: (.+ \([A-Z]{2}\)) allows (\d+) unlock codes? per customer over the whole program$/, (state, n) => `Límite del programa alcanzado: ${state} permite ${codes(n)} por cliente durante todo el programa`],

  // Payments and cards
  fixed('Must be more than 0', 'Debe ser mayor que 0'),
  fixed('Nothing is due', 'No hay nada pendiente de pago'),
  [/^At most the balance due, (.+)$/, (amount) => `Como máximo el saldo pendiente, ${amount}`],
  fixed('Your card was declined', 'Su tarjeta fue rechazada'),
  fixed('Your card has insufficient funds', 'Su tarjeta no tiene fondos suficientes'),
  fixed('Your card number is not valid', 'El número de su tarjeta no es válido'),
  fixed('Your card has expired', 'Su tarjeta está vencida'),
  fixed('The card was removed', 'La tarjeta se eliminó'),
  fixed('The sandbox takes only its test cards (listed in the README)', 'El entorno de pruebas acepta solo sus tarjetas de prueba'),
  fixed('The payment processor does not know this card', 'El procesador de pagos no reconoce esta tarjeta'),
  fixed('The amount must be positive', 'El importe debe ser positivo'),
  [/^The security code is (\d) digits$/, (n) => `El código de seguridad tiene ${n} dígitos`],
  fixed('The security code is 3 or 4 digits', 'El código de seguridad tiene 3 o 4 dígitos'),
  fixed('Not a card number', 'No es un número de tarjeta'),
  fixed('Must be a month (1–12)', 'Debe ser un mes (1–12)'),
  fixed('Must be a year', 'Debe ser un año'),
  fixed('Send either a token or a card', 'Envíe un token o una tarjeta, no ambos'),
  fixed('Cards are added through the payment processor’s own form: send its token', 'Las tarjetas se agregan con el formulario del procesador de pagos'),
  fixed('Not accepted by this payment processor', 'Este procesador de pagos no lo acepta'),
  fixed('Choose the saved card auto-pay charges', 'Elija la tarjeta guardada que cobrará el pago automático'),
  fixed('Choose a saved card', 'Elija una tarjeta guardada'),
  fixed('This card has expired: choose another card or add a new one', 'Esta tarjeta está vencida: elija otra o agregue una nueva'),
  fixed('This card has expired', 'Esta tarjeta está vencida'),
  fixed('Auto-pay starts once the plan’s amount and next payment date are set by our office', 'El pago automático empieza cuando nuestra oficina fije el importe del plan y la fecha del próximo pago'),
  fixed('The plan’s amount and next payment date are not set yet', 'El importe del plan y la fecha del próximo pago aún no están fijados'),
  fixed(
    'This card pays your plan automatically: choose another card for auto-pay or turn auto-pay off first',
    'Esta tarjeta paga su plan automáticamente: primero elija otra tarjeta para el pago automático o desactívelo',
  ),
  fixed('A payment with this card is being made: try again in a minute', 'Se está haciendo un pago con esta tarjeta: inténtelo de nuevo en un minuto'),
  fixed('A payment is in progress', 'Hay un pago en curso'),

  // Appointments
  fixed('Choose one of the centers taking appointments', 'Elija uno de los centros que aceptan citas'),
  [/^A request for a (.+) is already waiting for an answer$/, (kind) => `Ya hay una solicitud de ${CUSTOMER_WORDS.es.visitKind(kind)} esperando respuesta`],
  fixed('Already requested: wait for the answer', 'Ya la solicitó: espere la respuesta'),
  [/^A day after today \((.+)\)$/, (today) => `Un día posterior a hoy (${today})`],
  [/^At most (\d+) days ahead \((.+)\)$/, (days, last) => `Como máximo ${days} días por delante (${last})`],
  [/^(.+): Closed on (Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)$/, (center, day) => `${center}: cerrado ${weekdays(day)}`],
  [/^(.+): Open (.+) on (Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)$/, (center, slots, day) => `${center}: abierto ${weekdays(day)} de ${slots.replaceAll(' and ', ' y de ')}`],
  [/^(.+): Closed on (\d{4}-\d{2}-\d{2}): (.*)$/, (center, day, reason) => `${center}: cerrado el ${day}: ${reason}`],
  [/^(.+): Closed from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}): (.*)$/, (center, from, to, reason) => `${center}: cerrado del ${from} al ${to}: ${reason}`],

  // Complaints
  fixed('Not a visit of this customer at this center', 'No es una visita suya en este centro'),
  fixed('This customer has no visit at this center', 'Usted no tiene visitas en este centro'),

  // Documents
  fixed('A file name without folders', 'Un nombre de archivo sin carpetas'),
  fixed('Only PDF, PNG or JPEG files', 'Solo archivos PDF, PNG o JPEG'),
  fixed('Only PDF, PNG or JPEG files are accepted', 'Solo se aceptan archivos PDF, PNG o JPEG'),
  fixed('Not a PDF, PNG or JPEG file', 'No es un archivo PDF, PNG o JPEG'),
  fixed('Required: the file, base64-encoded', 'Obligatorio: el archivo'),
  fixed('The file is empty', 'El archivo está vacío'),
  fixed('Not base64', 'El archivo no es válido'),
  [/^The file is larger than (\d+) MB$/, (mb) => `El archivo pesa más de ${mb} MB`],
  [/^At most (\d+) MB$/, (mb) => `Como máximo ${mb} MB`],
  [/^The file is a (PDF|PNG|JPEG), not the declared (PDF|PNG|JPEG)$/, (actual, declared) => `El archivo es un ${actual}, no un ${declared}`],
  [/^The file is a (PDF|PNG|JPEG)$/, (actual) => `El archivo es un ${actual}`],
  [/^The file is a (PDF|PNG|JPEG): its name must end in (.+)$/, (actual, endings) => `El archivo es un ${actual}: su nombre debe terminar en ${endings.replaceAll(' or ', ' o ')}`],
  [/^A (PDF|PNG|JPEG) file's name ends in (.+)$/, (type, endings) => `El nombre de un archivo ${type} termina en ${endings.replaceAll(' or ', ' o ')}`],

  // The service-center locator
  fixed('Unknown ZIP code', 'Código postal desconocido'),
  fixed('Not a known US ZIP code', 'No es un código postal conocido de EE. UU.'),
  fixed('A five-digit ZIP code', 'Un código postal de cinco dígitos'),
  fixed('A ZIP code or a position (lat, lng), not both', 'Un código postal o una posición (lat, lng), no ambos'),
  fixed('A ZIP code, or lat and lng', 'Un código postal, o lat y lng'),
  fixed('Required with lng', 'Obligatorio junto con lng'),
  fixed('Required with lat', 'Obligatorio junto con lat'),
  [/^Decimal degrees from (-?\d+) to (-?\d+)$/, (min, max) => `Grados decimales de ${min} a ${max}`],
];

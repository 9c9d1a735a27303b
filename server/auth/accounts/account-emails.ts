import type { LANGUAGES } from '../../resources/choices.ts';

export type Language = (typeof LANGUAGES)[number];

/** A message's subject and body, before it gets a recipient and a dedupe key. */
export interface AccountEmail {
  subject: string;
  body: string;
}

/** The account e-mails in each language of the portal (a customer's own, English for staff). */
interface Templates {
  confirmAccount(name: string, link: string): AccountEmail;
  alreadyEnrolled(name: string, loginEmail: string, portal: string): AccountEmail;
  addressInUse(portal: string): AccountEmail;
  confirmNewEmail(name: string, link: string, currentEmail: string): AccountEmail;
  emailChanging(name: string, newEmail: string): AccountEmail;
}

const en: Templates = {
  confirmAccount: (name, link) => ({
    subject: 'Confirm your e-mail to open your account',
    body: `Hello ${name},\n\nTo finish creating your client portal account, open this link within 24 hours:\n${link}\n\nIf you did not ask for an account, ignore this message: nothing happens without the link.`,
  }),
  alreadyEnrolled: (name, loginEmail, portal) => ({
    subject: 'You already have a client portal account',
    body: `Hello ${name},\n\nSomeone asked to create a client portal account for your program, but you already have one. Sign in at ${portal} with ${loginEmail}.\nIf you forgot your password, call your monitoring provider. If this was not you, nothing was changed.`,
  }),
  addressInUse: (portal) => ({
    subject: 'This e-mail address already has an account',
    body: `Someone asked to create a client portal account with this e-mail address, but it already belongs to an account. Sign in at ${portal}, or enrol again with another address.\nIf this was not you, nothing was changed.`,
  }),
  confirmNewEmail: (name, link, currentEmail) => ({
    subject: 'Confirm your new e-mail address',
    body: `Hello ${name},\n\nTo sign in with this address from now on, open this link within 24 hours:\n${link}\n\nUntil then, keep signing in with ${currentEmail}. If you did not ask for this, ignore this message.`,
  }),
  emailChanging: (name, newEmail) => ({
    subject: 'Your sign-in e-mail is about to change',
    body: `Hello ${name},\n\nA change of your sign-in e-mail to ${newEmail} was requested. It takes effect only once the link we sent to that address is opened.\nIf this was not you, change your password now and call your monitoring provider.`,
  }),
};

const es: Templates = {
  confirmAccount: (name, link) => ({
    subject: 'Confirme su correo electrónico para abrir su cuenta',
    body: `Hola, ${name}:\n\nPara terminar de crear su cuenta del portal de clientes, abra este enlace en las próximas 24 horas:\n${link}\n\nSi usted no pidió una cuenta, ignore este mensaje: sin el enlace no ocurre nada.`,
  }),
  alreadyEnrolled: (name, loginEmail, portal) => ({
    subject: 'Usted ya tiene una cuenta del portal de clientes',
    body: `Hola, ${name}:\n\nAlguien pidió crear una cuenta del portal de clientes para su programa, pero usted ya tiene una. Inicie sesión en ${portal} con ${loginEmail}.\nSi olvidó su contraseña, llame a su proveedor de monitoreo. Si no fue usted, no se cambió nada.`,
  }),
  addressInUse: (portal) => ({
    subject: 'Esta dirección de correo ya tiene una cuenta',
    body: `Alguien pidió crear una cuenta del portal de clientes con esta dirección de correo, pero ya pertenece a una cuenta. Inicie sesión en ${portal} o inscríbase de nuevo con otra dirección.\nSi no fue usted, no se cambió nada.`,
  }),
  confirmNewEmail: (name, link, currentEmail) => ({
    subject: 'Confirme su nueva dirección de correo',
    body: `Hola, ${name}:\n\nPara iniciar sesión con esta dirección de ahora en adelante, abra este enlace en las próximas 24 horas:\n${link}\n\nMientras tanto, siga iniciando sesión con ${currentEmail}. Si usted no lo pidió, ignore este mensaje.`,
  }),
  emailChanging: (name, newEmail) => ({
    subject: 'Su correo de inicio de sesión está por cambiar',
    body: `Hola, ${name}:\n\nSe pidió cambiar su correo de inicio de sesión a ${newEmail}. El cambio se hace solo cuando se abra el enlace que enviamos a esa dirección.\nSi no fue usted, cambie su contraseña ahora y llame a su proveedor de monitoreo.`,
  }),
};

export const ACCOUNT_EMAILS: Record<Language, Templates> = { en, es };

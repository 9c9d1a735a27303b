import type { FeatureMessages } from '../i18n/feature.ts';

/** The portal's frame: its name, navigation, language, sign-in, offline notice and missing pages. */
export const shellMessages: FeatureMessages = {
  en: {
    client: {
      shell: {
        title: 'Interlock Client Portal',
        shortTitle: 'Interlock',
        navigation: 'Main navigation',
        more: 'More',
        moreTitle: 'More pages',
        language: 'Language',
        signOut: 'Sign out',
        offline: 'You are offline. What you see may be out of date; changes need a connection.',
        loadFailed: 'This could not be loaded: %{reason}',
        retry: 'Try again',
        noConnection: 'there is no connection.',
        signIn: {
          title: 'Sign in',
          intro: 'Manage your interlock program: your device, unlock codes, payments and appointments.',
          email: 'Email',
          password: 'Password',
          submit: 'Sign in',
          failed: 'Sign-in failed: %{reason}',
          wrongCredentials: 'Wrong email or password.',
          newHere: 'New to the portal?',
          enrol: 'Create your account',
          locator: 'Find a service center',
        },
        notFound: {
          title: 'Page not found',
          text: 'This page does not exist. The address may be mistyped, or the link is old.',
          home: 'Go to the home page',
        },
      },
    },
  },
  es: {
    client: {
      shell: {
        title: 'Portal del Cliente Interlock',
        shortTitle: 'Interlock',
        navigation: 'Navegación principal',
        more: 'Más',
        moreTitle: 'Más páginas',
        language: 'Idioma',
        signOut: 'Cerrar sesión',
        offline: 'No tiene conexión. Lo que ve puede no estar al día; para hacer cambios necesita conexión.',
        loadFailed: 'No se pudo cargar: %{reason}',
        retry: 'Reintentar',
        noConnection: 'no hay conexión.',
        signIn: {
          title: 'Iniciar sesión',
          intro: 'Administre su programa de interlock: su dispositivo, códigos de desbloqueo, pagos y citas.',
          email: 'Correo electrónico',
          password: 'Contraseña',
          submit: 'Iniciar sesión',
          failed: 'No se pudo iniciar sesión: %{reason}',
          wrongCredentials: 'Correo electrónico o contraseña incorrectos.',
          newHere: '¿Es nuevo en el portal?',
          enrol: 'Crear su cuenta',
          locator: 'Buscar un centro de servicio',
        },
        notFound: {
          title: 'Página no encontrada',
          text: 'Esta página no existe. Puede que la dirección esté mal escrita o que el enlace sea antiguo.',
          home: 'Ir a la página de inicio',
        },
      },
    },
  },
};

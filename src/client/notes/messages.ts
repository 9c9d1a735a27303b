import type { FeatureMessages } from '../i18n/feature.ts';

/** The notes page: notes to whoever monitors the program, and whether they were read. */
export const notesMessages: FeatureMessages = {
  en: {
    client: {
      notes: {
        title: 'Notes to the program',
        intro: 'Tell whoever monitors your program about something that affects it: for example that you are out of state on some days or your vehicle is in the shop. Notes cannot be changed or deleted once sent.',
        form: {
          title: 'Add a note',
          body: 'Your note',
          category: 'About',
          noCategory: 'Something else',
          startsOn: 'From (optional)',
          endsOn: 'Until (optional)',
          submit: 'Send note',
          confirmTitle: 'Send this note?',
          confirmText: 'Once sent, a note cannot be changed or deleted.',
          cancel: 'Go back',
          sent: 'Note sent.',
          failed: 'The note could not be sent: %{reason}',
          endsBeforeStart: 'On or after the first day.',
          counter: '%{count} of 2000 characters',
        },
        list: {
          title: 'Your notes',
          empty: 'You have not sent any notes yet.',
          days: '%{from} to %{to}',
          from: 'From %{from}',
          until: 'Until %{to}',
          read: 'Read by the program on %{date}',
          unread: 'Not read yet',
          sentOn: 'Sent %{date}',
        },
        categories: { 'out-of-state': 'Out of state', 'vehicle-in-shop': 'Vehicle in the shop', other: 'Other' },
      },
    },
  },
  es: {
    client: {
      notes: {
        title: 'Notas para el programa',
        intro: 'Informe a quien supervisa su programa sobre algo que lo afecte: por ejemplo, que estará fuera del estado algunos días o que su vehículo está en el taller. Una vez enviadas, las notas no se pueden cambiar ni borrar.',
        form: {
          title: 'Agregar una nota',
          body: 'Su nota',
          category: 'Tema',
          noCategory: 'Otra cosa',
          startsOn: 'Desde (opcional)',
          endsOn: 'Hasta (opcional)',
          submit: 'Enviar nota',
          confirmTitle: '¿Enviar esta nota?',
          confirmText: 'Una vez enviada, la nota no se puede cambiar ni borrar.',
          cancel: 'Volver',
          sent: 'Nota enviada.',
          failed: 'No se pudo enviar la nota: %{reason}',
          endsBeforeStart: 'El mismo día o después del primer día.',
          counter: '%{count} de 2000 caracteres',
        },
        list: {
          title: 'Sus notas',
          empty: 'Todavía no ha enviado ninguna nota.',
          days: 'Del %{from} al %{to}',
          from: 'Desde el %{from}',
          until: 'Hasta el %{to}',
          read: 'Leída por el programa el %{date}',
          unread: 'Aún no leída',
          sentOn: 'Enviada el %{date}',
        },
        categories: { 'out-of-state': 'Fuera del estado', 'vehicle-in-shop': 'Vehículo en el taller', other: 'Otro' },
      },
    },
  },
};

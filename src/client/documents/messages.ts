import type { FeatureMessages } from '../i18n/feature.ts';

/** Documents the program asks for: uploading one (court order, proof of insurance, repair receipt) and the customer's uploads. */
export const documentsMessages: FeatureMessages = {
  en: {
    client: {
      documents: {
        title: 'Documents',
        intro: 'Upload what your program asks for. Compliance sees every document you upload here.',
        form: {
          title: 'Upload a document',
          kind: 'Document',
          file: 'File',
          choose: 'Choose a file',
          chosen: 'Chosen: %{name}',
          accepted: 'PDF, PNG or JPEG, at most 5 MB',
          notes: 'Note (optional)',
          upload: 'Upload',
          uploading: 'Uploading…',
          uploaded: '“%{name}” was uploaded.',
          failed: 'The document was not uploaded: %{reason}',
          required: 'Required',
          problems: {
            chooseFile: 'Choose the file to upload',
            wrongType: 'Only PDF, PNG or JPEG files',
            tooLarge: 'At most 5 MB',
            empty: 'The file is empty',
          },
        },
        list: {
          title: 'Your documents',
          empty: 'You have not uploaded any documents.',
          uploaded: 'Uploaded %{date}',
          download: 'Download %{name}',
        },
        loadFailed: 'This could not be loaded: %{reason}',
        retry: 'Try again',
        kinds: {
          'court-order': 'Court order',
          'proof-of-insurance': 'Proof of insurance',
          'repair-receipt': 'Repair receipt',
          other: 'Other',
        },
      },
    },
  },
  es: {
    client: {
      documents: {
        title: 'Documentos',
        intro: 'Suba lo que su programa le pide. El departamento de cumplimiento ve cada documento que suba aquí.',
        form: {
          title: 'Subir un documento',
          kind: 'Documento',
          file: 'Archivo',
          choose: 'Elegir un archivo',
          chosen: 'Elegido: %{name}',
          accepted: 'PDF, PNG o JPEG, 5 MB como máximo',
          notes: 'Nota (opcional)',
          upload: 'Subir',
          uploading: 'Subiendo…',
          uploaded: 'Se subió «%{name}».',
          failed: 'El documento no se subió: %{reason}',
          required: 'Obligatorio',
          problems: {
            chooseFile: 'Elija el archivo que quiere subir',
            wrongType: 'Solo archivos PDF, PNG o JPEG',
            tooLarge: '5 MB como máximo',
            empty: 'El archivo está vacío',
          },
        },
        list: {
          title: 'Sus documentos',
          empty: 'No ha subido ningún documento.',
          uploaded: 'Subido el %{date}',
          download: 'Descargar %{name}',
        },
        loadFailed: 'No se pudo cargar: %{reason}',
        retry: 'Reintentar',
        kinds: {
          'court-order': 'Orden judicial',
          'proof-of-insurance': 'Comprobante de seguro',
          'repair-receipt': 'Recibo de reparación',
          other: 'Otro',
        },
      },
    },
  },
};

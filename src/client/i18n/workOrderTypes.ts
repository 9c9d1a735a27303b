import type { FeatureMessages } from './feature.ts';

/** The kinds of work a visit is (work orders' types), as every page of the portal names them. */
export const workOrderTypeMessages: FeatureMessages = {
  en: {
    client: {
      workOrderTypes: {
        installation: 'Installation',
        removal: 'Removal',
        'vehicle-switch': 'Move to another vehicle',
        calibration: 'Calibration',
        'lockout-service': 'Lockout service',
        'handheld-exchange': 'Handset exchange',
        'vehicle-inspection': 'Vehicle inspection',
        'cord-exchange': 'Cord exchange',
        'camera-adjustment': 'Camera adjustment',
      },
    },
  },
  es: {
    client: {
      workOrderTypes: {
        installation: 'Instalación',
        removal: 'Retiro',
        'vehicle-switch': 'Cambio a otro vehículo',
        calibration: 'Calibración',
        'lockout-service': 'Servicio de bloqueo',
        'handheld-exchange': 'Cambio de unidad de mano',
        'vehicle-inspection': 'Inspección del vehículo',
        'cord-exchange': 'Cambio de cable',
        'camera-adjustment': 'Ajuste de la cámara',
      },
    },
  },
};

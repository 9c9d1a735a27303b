import type { FeatureMessages } from '../i18n/feature.ts';

/** The home page: balance, next service, devices, appointments and the state's unlock-code rule. */
export const dashboardMessages: FeatureMessages = {
  en: {
    client: {
      dashboard: {
        title: 'Home',
        greeting: 'Hello, %{name}',
        balance: {
          title: 'Balance',
          owed: 'Balance due',
          settled: 'Nothing is due.',
          nextPayment: 'Next payment: %{amount} on %{day}.',
          nextAutoPay: 'Next payment: %{amount} on %{day}, charged automatically.',
          plan: 'Payment plan: %{plan}',
          autoPayOn: 'Auto-pay is on',
          autoPayOff: 'Auto-pay is off',
        },
        plans: { weekly: 'weekly', 'bi-weekly': 'every two weeks', monthly: 'monthly', 'bi-monthly': 'every two months' },
        nextService: {
          title: 'Next service',
          due: 'Calibration due %{date}',
          device: 'Device %{serial}',
          lockout: 'If it is missed, the device locks the vehicle on %{date}.',
          overdue: 'Your calibration is overdue: book it now to avoid a lockout.',
          none: 'No calibration is due.',
        },
        devices: {
          title: 'Your devices',
          none: 'No device is installed yet.',
          serial: 'Serial %{serial}',
          calibrationDue: 'Calibration due %{date}',
        },
        kinds: { handset: 'Handset', relay: 'Relay', camera: 'Camera' },
        statuses: { shipped: 'On its way', installed: 'Installed' },
        appointments: {
          title: 'Upcoming appointments',
          none: 'No appointments are booked.',
          hours: 'Hours: %{hours}',
          call: 'Call %{phone}',
        },
        unlockCodes: {
          title: 'Unlock codes',
          allowed: '%{state} allows unlock codes from the portal, valid for %{hours} hours.',
          fee: 'Each code costs %{fee}, added to your balance.',
          free: 'Codes are free.',
          notAllowed: '%{state} does not allow unlock codes from the portal.',
          call: 'Call %{number}',
          get: 'Get an unlock code',
        },
      },
    },
  },
  es: {
    client: {
      dashboard: {
        title: 'Inicio',
        greeting: 'Hola, %{name}',
        balance: {
          title: 'Saldo',
          owed: 'Saldo pendiente',
          settled: 'No tiene nada pendiente.',
          nextPayment: 'Próximo pago: %{amount} el %{day}.',
          nextAutoPay: 'Próximo pago: %{amount} el %{day}, con cargo automático.',
          plan: 'Plan de pago: %{plan}',
          autoPayOn: 'El pago automático está activado',
          autoPayOff: 'El pago automático está desactivado',
        },
        plans: { weekly: 'semanal', 'bi-weekly': 'cada dos semanas', monthly: 'mensual', 'bi-monthly': 'cada dos meses' },
        nextService: {
          title: 'Próximo servicio',
          due: 'Calibración el %{date}',
          device: 'Dispositivo %{serial}',
          lockout: 'Si no la hace, el dispositivo bloqueará el vehículo el %{date}.',
          overdue: 'Su calibración está vencida: pida una cita ahora para evitar un bloqueo.',
          none: 'No tiene ninguna calibración pendiente.',
        },
        devices: {
          title: 'Sus dispositivos',
          none: 'Todavía no tiene ningún dispositivo instalado.',
          serial: 'N.º de serie %{serial}',
          calibrationDue: 'Calibración el %{date}',
        },
        kinds: { handset: 'Unidad de mano', relay: 'Relé', camera: 'Cámara' },
        statuses: { shipped: 'En camino', installed: 'Instalado' },
        appointments: {
          title: 'Próximas citas',
          none: 'No tiene citas programadas.',
          hours: 'Horario: %{hours}',
          call: 'Llamar al %{phone}',
        },
        unlockCodes: {
          title: 'Códigos de desbloqueo',
          allowed: '%{state} permite obtener códigos de desbloqueo en el portal, válidos durante %{hours} horas.',
          fee: 'Cada código cuesta %{fee}, que se suma a su saldo.',
          free: 'Los códigos son gratuitos.',
          notAllowed: '%{state} no permite obtener códigos de desbloqueo en el portal.',
          call: 'Llamar al %{number}',
          get: 'Obtener un código de desbloqueo',
        },
      },
    },
  },
};

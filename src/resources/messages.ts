import { workOrderMessages } from './work-orders/i18n.ts';

/** `resources.<name>.*` labels, one module per resource. */
export const resourceMessages = {
  'work-orders': workOrderMessages,
};

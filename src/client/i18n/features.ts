import type { FeatureMessages } from './feature.ts';
import { shellMessages } from '../shell/messages.ts';
import { workOrderTypeMessages } from './workOrderTypes.ts';
import { dashboardMessages } from '../dashboard/messages.ts';
import { unlockMessages } from '../unlock/messages.ts';
import { paymentsMessages } from '../payments/messages.ts';
import { helpMessages } from '../help/messages.ts';
import { accountMessages } from '../account/messages.ts';
import { appointmentsMessages } from '../appointments/messages.ts';
import { notesMessages } from '../notes/messages.ts';
import { complaintsMessages } from '../complaints/messages.ts';
import { documentsMessages } from '../documents/messages.ts';

/** Every feature's texts, merged into the portal's languages (add a feature's `<feature>Messages` here). */
export const FEATURE_MESSAGES: readonly FeatureMessages[] = [shellMessages, workOrderTypeMessages, dashboardMessages, unlockMessages, paymentsMessages, helpMessages, accountMessages, appointmentsMessages, notesMessages, complaintsMessages, documentsMessages];

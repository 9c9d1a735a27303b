import type { FeatureMessages } from './feature.ts';
import { shellMessages } from '../shell/messages.ts';
import { dashboardMessages } from '../dashboard/messages.ts';
import { unlockMessages } from '../unlock/messages.ts';

/** Every feature's texts, merged into the portal's languages (add a feature's `<feature>Messages` here). */
export const FEATURE_MESSAGES: readonly FeatureMessages[] = [shellMessages, dashboardMessages, unlockMessages];

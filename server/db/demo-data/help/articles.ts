import type { HELP_CATEGORIES } from '../../../resources/choices.ts';

/** The demo help articles, the same in every language: what they are and where they sort. */
export const HELP_ARTICLES = [
  { key: 'breathTest', category: 'faq', sortOrder: 10 },
  { key: 'rollingRetest', category: 'faq', sortOrder: 20 },
  { key: 'failedTest', category: 'faq', sortOrder: 30 },
  { key: 'calibration', category: 'faq', sortOrder: 40 },
  { key: 'lockout', category: 'faq', sortOrder: 50 },
  { key: 'unlockCodes', category: 'faq', sortOrder: 60 },
  { key: 'paying', category: 'faq', sortOrder: 70 },
  { key: 'moving', category: 'faq', sortOrder: 80 },
  // Example links (videos.example.com): replace them with the provider's own training videos.
  { key: 'firstTestVideo', category: 'video', sortOrder: 10, videoUrl: 'https://videos.example.com/interlock/first-breath-test' },
  { key: 'retestVideo', category: 'video', sortOrder: 20, videoUrl: 'https://videos.example.com/interlock/rolling-retest' },
  { key: 'calibrationVideo', category: 'video', sortOrder: 30, videoUrl: 'https://videos.example.com/interlock/calibration-visit' },
  { key: 'firstWeek', category: 'guide', sortOrder: 10 },
] as const satisfies readonly { key: string; category: (typeof HELP_CATEGORIES)[number]; sortOrder: number; videoUrl?: string }[];

export type HelpKey = (typeof HELP_ARTICLES)[number]['key'];

/** One language's texts of the demo articles. */
export type HelpTexts = Record<HelpKey, { title: string; body: string }>;

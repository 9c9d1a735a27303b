import { defineResource } from './define.ts';
import { bool, choice, httpsLink, int, text, type RecordOf } from './fields.ts';
import { HELP_CATEGORIES, LANGUAGES } from './choices.ts';
import { badRequest } from '../rest/errors.ts';

export const VIDEO_NEEDS_LINK = 'A training video needs its link';

/**
 * The client portal's help: FAQs, training videos (links: the portal embeds no frames) and guides,
 * one row per language. The body is plain text with a small markdown subset (paragraphs, `-` and
 * `1.` lists, `**bold**`), rendered as text by the portal, never as HTML. Only the roles that edit
 * them see unpublished rows (the policy's scope).
 */
export const helpArticles = defineResource({
  name: 'help-articles',
  table: 'helpArticles',
  fields: {
    title: text(200).required(),
    body: text(8000).required(),
    category: choice(HELP_CATEGORIES).required(),
    videoUrl: httpsLink(),
    language: choice(LANGUAGES).required(),
    /** Ascending within a category and language. */
    sortOrder: int(0, 10_000).required(),
    published: bool().required(),
  },
  search: ['title', 'body'],
  defaults: { language: 'en', sortOrder: 100, published: false },
  check: async (_trx, action, before, changes) => {
    if (action === 'delete') return;
    const { category, videoUrl } = { ...before, ...changes };
    if (category === 'video' && (videoUrl === null || videoUrl === undefined)) throw badRequest('Some fields are invalid', { videoUrl: VIDEO_NEEDS_LINK });
  },
});

export type HelpArticle = RecordOf<typeof helpArticles.fields>;

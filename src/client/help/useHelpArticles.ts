import { useGetList, useLocaleState } from 'ra-core';
import type { HelpArticle } from '../../../server/resources/types.ts';

const FALLBACK_LANGUAGE = 'en';

const query = (language: string) => ({
  filter: { language, published: true },
  sort: { field: 'sortOrder', order: 'ASC' as const },
  pagination: { page: 1, perPage: 100 },
});

/**
 * The published help articles in the portal's language, or in English while none are written in
 * it (`fallback` then says so), in their order.
 */
export function useHelpArticles() {
  const [locale] = useLocaleState();
  const own = useGetList<HelpArticle>('help-articles', query(locale));
  const fallback = locale !== FALLBACK_LANGUAGE && own.isSuccess && own.data.length === 0;
  const english = useGetList<HelpArticle>('help-articles', query(FALLBACK_LANGUAGE), { enabled: fallback });
  const shown = fallback ? english : own;
  return { articles: shown.data ?? [], isPending: shown.isPending, error: shown.error, refetch: shown.refetch, fallback };
}

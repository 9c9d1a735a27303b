import type { Db } from '../../database.ts';
import type { NewRow } from '../../schema.ts';
import type { Clock } from '../clock.ts';
import { HELP_ARTICLES, type HelpTexts } from './articles.ts';
import { ENGLISH } from './english.ts';
import { SPANISH } from './spanish.ts';

const TEXTS: Record<'en' | 'es', HelpTexts> = { en: ENGLISH, es: SPANISH };

/** The client portal's FAQs, training videos (example links) and guide, published, in English and Spanish. */
export async function insertDemoHelpArticles(db: Db, clock: Clock): Promise<number> {
  const at = new Date(clock.nowMs).toISOString();
  const rows: NewRow<'helpArticles'>[] = Object.entries(TEXTS).flatMap(([language, texts]) =>
    HELP_ARTICLES.map((article) => ({
      createdAt: at,
      updatedAt: at,
      version: 1,
      ...texts[article.key],
      category: article.category,
      videoUrl: 'videoUrl' in article ? article.videoUrl : null,
      language,
      sortOrder: article.sortOrder,
      published: 1,
    })),
  );
  await db.insertInto('helpArticles').values(rows).execute();
  return rows.length;
}

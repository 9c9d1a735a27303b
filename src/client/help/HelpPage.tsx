import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'ra-core';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { ArticleAccordion } from './ArticleAccordion.tsx';
import { HelpSection } from './HelpSection.tsx';
import { VideoLinks } from './VideoLinks.tsx';
import { Locator } from './locator/Locator.tsx';
import { useHelpArticles } from './useHelpArticles.ts';

const ofCategory = (articles: readonly HelpArticle[], category: HelpArticle['category']) => articles.filter((a) => a.category === category);

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

/** Help: questions and answers, training videos and guides in the portal's language, and the service-center locator. */
export const HelpPage = () => {
  const translate = useTranslate();
  const { articles, isPending, error, refetch, fallback } = useHelpArticles();
  const faqs = ofCategory(articles, 'faq');
  const videos = ofCategory(articles, 'video');
  const guides = ofCategory(articles, 'guide');
  return (
    <Stack spacing={4}>
      {isPending && !error && <LinearProgress aria-label={translate('client.help.loading')} />}
      {error && (
        <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => refetch()}>{translate('client.help.retry')}</Button>}>
          {translate('client.help.loadFailed')}
        </Alert>
      )}
      {fallback && articles.length > 0 && <Alert severity="info">{translate('client.help.inEnglish')}</Alert>}
      {!isPending && !error && (
        <>
          <HelpSection id="help-faqs" title={translate('client.help.faqs')}>
            {faqs.length ? <ArticleAccordion articles={faqs} /> : <Empty text={translate('client.help.noFaqs')} />}
          </HelpSection>
          <HelpSection id="help-videos" title={translate('client.help.videos')}>
            {videos.length ? <VideoLinks videos={videos} /> : <Empty text={translate('client.help.noVideos')} />}
          </HelpSection>
          {guides.length > 0 && (
            <HelpSection id="help-guides" title={translate('client.help.guides')}>
              <ArticleAccordion articles={guides} />
            </HelpSection>
          )}
        </>
      )}
      <HelpSection id="help-locator" title={translate('client.help.locator.title')}>
        <Locator />
      </HelpSection>
    </Stack>
  );
};

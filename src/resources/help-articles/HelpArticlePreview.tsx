import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ArticleBody } from '../../client/help/ArticleBody.tsx';

/** The article as the client portal will show it, updated while it is typed. */
export const HelpArticlePreview = () => {
  const translate = useTranslate();
  const [title, body] = useWatch({ name: ['title', 'body'] }) as [string | null | undefined, string | null | undefined];
  return (
    <Card variant="outlined" component="section" aria-label={translate('resources.help-articles.preview')} sx={{ width: '100%' }}>
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate('resources.help-articles.preview')}
        </Typography>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {title || '—'}
        </Typography>
        <Box>{body ? <ArticleBody body={body} /> : '—'}</Box>
      </CardContent>
    </Card>
  );
};

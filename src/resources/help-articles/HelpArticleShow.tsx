import { BooleanField, DateField, NumberField, SelectField, Show, SimpleShowLayout, TextField, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { Card, CardContent, Typography } from '@mui/material';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { ArticleBody } from '../../client/help/ArticleBody.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { CATEGORY_CHOICES, LANGUAGE_CHOICES } from './choices.ts';

/** The stored text as the client portal shows it. */
const ArticleAsShown = () => {
  const article = useRecordContext<HelpArticle>();
  const translate = useTranslate();
  if (!article) return null;
  return (
    <Card variant="outlined" component="section" aria-label={translate('resources.help-articles.preview')} sx={{ m: 2, mt: 0 }}>
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate('resources.help-articles.preview')}
        </Typography>
        <ArticleBody body={article.body} />
      </CardContent>
    </Card>
  );
};

/** A help article's settings and its text as customers see it. */
export const HelpArticleShow = () => (
  <Show title={<RecordTitle />} actions={<ShowActions />}>
    <SimpleShowLayout>
      <FieldGrid>
        <TextField source="title" />
        <SelectField source="category" choices={CATEGORY_CHOICES} />
        <SelectField source="language" choices={LANGUAGE_CHOICES} />
        <BooleanField source="published" />
        <NumberField source="sortOrder" />
        <UrlField source="videoUrl" target="_blank" rel="noopener noreferrer" emptyText="—" />
        <DateField source="updatedAt" showTime />
      </FieldGrid>
    </SimpleShowLayout>
    <ArticleAsShown />
  </Show>
);

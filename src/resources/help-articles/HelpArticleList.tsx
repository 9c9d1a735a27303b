import { BooleanField, DataTable, List, NumberField, SelectField } from 'react-admin';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { CATEGORY_CHOICES, LANGUAGE_CHOICES } from './choices.ts';
import { HelpArticleListAside } from './HelpArticleListAside.tsx';

const Column = DataTable.Col<HelpArticle>;

/** The client portal's help articles by language, category and order; drafts only for those who edit them. */
export const HelpArticleList = () => (
  <List aside={<HelpArticleListAside />} actions={<ListActions />} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show">
      <Column source="title" />
      <Column source="category">
        <SelectField source="category" choices={CATEGORY_CHOICES} />
      </Column>
      <Column source="language">
        <SelectField source="language" choices={LANGUAGE_CHOICES} />
      </Column>
      <Column source="sortOrder" align="right">
        <NumberField source="sortOrder" />
      </Column>
      <Column source="published" align="center" field={BooleanField} />
      <DateColumn source="updatedAt" showTime />
    </DataTable>
  </List>
);

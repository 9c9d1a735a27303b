import CategoryIcon from '@mui/icons-material/Category';
import PublicIcon from '@mui/icons-material/Public';
import TranslateIcon from '@mui/icons-material/Translate';
import { FilterList, FilterListItem } from 'react-admin';
import { ListAside } from '../../components/ListAside.tsx';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';
import { CATEGORY_CHOICES, LANGUAGE_CHOICES } from './choices.ts';

export const HelpArticleListAside = () => (
  <ListAside>
    <FilterList label="resources.help-articles.fields.language" icon={<TranslateIcon />}>
      {LANGUAGE_CHOICES.map((choice) => (
        <FilterListItem key={choice.id} label={choice.name} value={{ language: choice.id }} />
      ))}
    </FilterList>
    <FilterList label="resources.help-articles.fields.category" icon={<CategoryIcon />}>
      {CATEGORY_CHOICES.map((choice) => (
        <FilterListItem key={choice.id} label={choice.name} value={{ category: choice.id }} />
      ))}
    </FilterList>
    <BooleanFilter source="published" label="resources.help-articles.fields.published" icon={<PublicIcon />} />
  </ListAside>
);

import CategoryIcon from '@mui/icons-material/Category';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const CustomerNoteListAside = () => {
  const translate = useTranslate();
  return (
    <ListAside>
      <ChoiceFilter source="category" group="customerNoteCategory" label="resources.customer-notes.fields.category" icon={<CategoryIcon />} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.customer-notes.help')}
      </Typography>
    </ListAside>
  );
};

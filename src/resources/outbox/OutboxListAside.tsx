import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const OutboxListAside = () => {
  const translate = useTranslate();
  return (
    <ListAside>
      <ChoiceFilter source="status" group="outboxStatus" label="resources.outbox.fields.status" icon={<FlagIcon />} />
      <ChoiceFilter source="kind" group="outboxKind" label="resources.outbox.fields.kind" icon={<CategoryIcon />} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.outbox.help')}
      </Typography>
    </ListAside>
  );
};

import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const OutboxListAside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="outboxStatus" label="resources.outbox.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="kind" group="outboxKind" label="resources.outbox.fields.kind" icon={<CategoryIcon />} />
  </ListAside>
);

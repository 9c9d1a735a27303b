import DescriptionIcon from '@mui/icons-material/Description';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { FilterList, FilterListItem } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const DocumentListAside = () => (
  <ListAside>
    <FilterList label="resources.documents.filters.verification" icon={<PendingActionsIcon />}>
      <FilterListItem label="resources.documents.filters.awaiting" value={{ awaitingVerification: true }} />
    </FilterList>
    <ChoiceFilter source="kind" group="documentKind" label="resources.documents.fields.kind" icon={<DescriptionIcon />} />
  </ListAside>
);

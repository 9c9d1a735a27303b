import DescriptionIcon from '@mui/icons-material/Description';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const DocumentListAside = () => (
  <ListAside>
    <ChoiceFilter source="kind" group="documentKind" label="resources.documents.fields.kind" icon={<DescriptionIcon />} />
  </ListAside>
);

import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const ComplaintListAside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="complaintStatus" label="resources.complaints.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="category" group="complaintCategory" label="resources.complaints.fields.category" icon={<CategoryIcon />} />
  </ListAside>
);

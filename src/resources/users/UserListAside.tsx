import BadgeIcon from '@mui/icons-material/Badge';
import ToggleOnIcon from '@mui/icons-material/ToggleOn';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const UserListAside = () => (
  <ListAside>
    <ChoiceFilter source="role" group="role" label="resources.users.fields.role" icon={<BadgeIcon />} />
    <BooleanFilter source="active" label="resources.users.fields.active" icon={<ToggleOnIcon />} />
  </ListAside>
);

import BadgeIcon from '@mui/icons-material/Badge';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import SchoolIcon from '@mui/icons-material/School';
import ToggleOnIcon from '@mui/icons-material/ToggleOn';
import { ListAside } from '../../components/ListAside.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';

export const InstallerListAside = () => (
  <ListAside>
    <BooleanFilter source="active" label="resources.installers.fields.active" icon={<ToggleOnIcon />} />
    <ChoiceFilter source="trainingStatus" group="trainingStatus" label="resources.installers.fields.trainingStatus" icon={<SchoolIcon />} />
    <ChoiceFilter
      source="certificationStatus"
      group="certificationStatus"
      label="resources.installers.fields.certificationStatus"
      icon={<BadgeIcon />}
    />
    <ChoiceFilter source="backgroundCheck" group="backgroundCheck" label="resources.installers.fields.backgroundCheck" icon={<HowToRegIcon />} />
  </ListAside>
);

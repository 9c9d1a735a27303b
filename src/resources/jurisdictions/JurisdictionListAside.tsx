import CameraAltIcon from '@mui/icons-material/CameraAlt';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PolicyIcon from '@mui/icons-material/Policy';
import { ListAside } from '../../components/ListAside.tsx';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';

export const JurisdictionListAside = () => (
  <ListAside>
    <BooleanFilter source="rulesConfirmed" label="resources.jurisdictions.fields.rulesConfirmed" icon={<FactCheckIcon />} />
    <BooleanFilter source="unlockCodesAllowed" label="resources.jurisdictions.fields.unlockCodesAllowed" icon={<LockOpenIcon />} />
    <BooleanFilter source="stateInspectionRequired" label="resources.jurisdictions.fields.stateInspectionRequired" icon={<PolicyIcon />} />
    <BooleanFilter source="cameraRequired" label="resources.jurisdictions.fields.cameraRequired" icon={<CameraAltIcon />} />
  </ListAside>
);

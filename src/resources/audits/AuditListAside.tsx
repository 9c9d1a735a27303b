import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import GradingIcon from '@mui/icons-material/Grading';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const AuditListAside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="auditStatus" label="resources.audits.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="kind" group="auditKind" label="resources.audits.fields.kind" icon={<CategoryIcon />} />
    <ChoiceFilter source="band" group="auditBand" label="resources.audits.fields.band" icon={<GradingIcon />} />
  </ListAside>
);

import CategoryIcon from '@mui/icons-material/Category';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import { FilterList, FilterListItem, useResourceDefinitions } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DateRangeFilter } from '../../components/DateRangeFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { useResourceLabel } from './AuditResourceField.tsx';

/** What the log records: every resource of the SPA but the log itself, and sign-ins. */
const ResourceFilter = () => {
  const label = useResourceLabel();
  const logged = [...Object.keys(useResourceDefinitions()).filter((name) => name !== 'audit-log'), 'sessions'];
  return (
    <FilterList label="resources.audit-log.fields.resource" icon={<CategoryIcon />}>
      {logged.map((resource) => (
        <FilterListItem key={resource} label={label(resource)} value={{ resource }} />
      ))}
    </FilterList>
  );
};

export const AuditLogListAside = () => (
  <ListAside>
    <DateRangeFilter source="at" label="resources.audit-log.fields.at" icon={<EventIcon />} past />
    <ChoiceFilter source="action" group="auditAction" label="resources.audit-log.fields.action" icon={<FlagIcon />} />
    <ResourceFilter />
  </ListAside>
);

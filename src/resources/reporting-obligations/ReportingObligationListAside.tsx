import AlarmIcon from '@mui/icons-material/Alarm';
import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import GavelIcon from '@mui/icons-material/Gavel';
import { Typography } from '@mui/material';
import { FilterList, FilterListItem, useTranslate } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { ReferenceFilterList } from '../../components/ReferenceFilterList.tsx';
import { dueWindows, type DueWindow } from './dueWindows.ts';

const WINDOWS: DueWindow[] = ['overdue', 'dueToday', 'dueWithin24h'];

export const ReportingObligationListAside = () => {
  const translate = useTranslate();
  const windows = dueWindows();
  return (
    <ListAside>
      <FilterList label="resources.reporting-obligations.filters.due" icon={<AlarmIcon />}>
        {WINDOWS.map((window) => (
          <FilterListItem key={window} label={`resources.reporting-obligations.queue.${window}`} value={windows[window]} />
        ))}
      </FilterList>
      <ChoiceFilter source="status" group="obligationStatus" label="resources.reporting-obligations.fields.status" icon={<FlagIcon />} />
      <ReferenceFilterList source="jurisdictionId" reference="jurisdictions" label="resources.reporting-obligations.fields.jurisdictionId" icon={<GavelIcon />} sort={{ field: 'code', order: 'ASC' }} />
      <ChoiceFilter source="event" group="reportingEvent" label="resources.reporting-obligations.fields.event" icon={<CategoryIcon />} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.reporting-obligations.help')}
      </Typography>
    </ListAside>
  );
};

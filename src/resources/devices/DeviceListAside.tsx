import BuildIcon from '@mui/icons-material/Build';
import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { ListAside } from '../../components/ListAside.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DayRangeFilter } from '../../components/DayRangeFilter.tsx';
import { calibrationRanges } from './calibration.ts';

export const DeviceListAside = () => (
  <ListAside>
    <DayRangeFilter source="nextCalibrationDue" label="resources.devices.filters.calibration" icon={<BuildIcon />} ranges={calibrationRanges()} />
    <ChoiceFilter source="status" group="deviceStatus" label="resources.devices.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="kind" group="deviceKind" label="resources.devices.fields.kind" icon={<CategoryIcon />} />
  </ListAside>
);

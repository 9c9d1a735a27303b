import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { ListAside } from '../../components/ListAside.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DayRangeFilter } from '../../components/DayRangeFilter.tsx';
import { shipDateRanges } from './shipDateRanges.ts';

export const ShipmentListAside = () => (
  <ListAside>
    <DayRangeFilter source="shipDate" label="resources.shipments.fields.shipDate" icon={<EventIcon />} ranges={shipDateRanges()} />
    <ChoiceFilter source="status" group="shipmentStatus" label="resources.shipments.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="carrier" group="carrier" label="resources.shipments.fields.carrier" icon={<LocalShippingIcon />} />
  </ListAside>
);

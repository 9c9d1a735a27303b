import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import FlagIcon from '@mui/icons-material/Flag';
import PaymentsIcon from '@mui/icons-material/Payments';
import { addDays, subDays } from 'date-fns';
import { ListAside } from '../../components/ListAside.tsx';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DayRangeFilter, type DayRange } from '../../components/DayRangeFilter.tsx';
import { ReferenceFilterList } from '../../components/ReferenceFilterList.tsx';

/** When programs end, as day bounds of the 'YYYY-MM-DD' programEnd field. */
export function programEndRanges(now = new Date()): DayRange[] {
  return [
    { label: 'resources.customers.filters.endedAlready', to: subDays(now, 1) },
    { label: 'resources.customers.filters.next30Days', from: now, to: addDays(now, 30) },
    { label: 'resources.customers.filters.next90Days', from: now, to: addDays(now, 90) },
    { label: 'resources.customers.filters.later', from: addDays(now, 91) },
  ];
}

export const CustomerListAside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="customerStatus" label="resources.customers.fields.status" icon={<FlagIcon />} />
    <DayRangeFilter source="programEnd" label="resources.customers.filters.programEnd" icon={<EventBusyIcon />} ranges={programEndRanges()} />
    <ChoiceFilter source="paymentPlan" group="paymentPlan" label="resources.customers.fields.paymentPlan" icon={<PaymentsIcon />} />
    <BooleanFilter source="autoPay" label="resources.customers.fields.autoPay" icon={<CreditCardIcon />} />
    <ReferenceFilterList source="jurisdictionId" reference="jurisdictions" label="resources.customers.fields.jurisdictionId" icon={<AccountBalanceIcon />} />
  </ListAside>
);

import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const PaymentListAside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="paymentStatus" label="resources.payments.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="kind" group="paymentKind" label="resources.payments.fields.kind" icon={<CategoryIcon />} />
  </ListAside>
);

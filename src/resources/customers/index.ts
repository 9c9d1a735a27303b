import PersonIcon from '@mui/icons-material/Person';
import type { Customer } from '../../../server/resources/types.ts';
import { CustomerList } from './CustomerList.tsx';
import { CustomerShow } from './CustomerShow.tsx';
import { CustomerEdit } from './CustomerEdit.tsx';
import { CustomerCreate } from './CustomerCreate.tsx';

export default {
  list: CustomerList,
  show: CustomerShow,
  edit: CustomerEdit,
  create: CustomerCreate,
  icon: PersonIcon,
  recordRepresentation: (record: Customer) => `${record.firstName} ${record.lastName}`,
};

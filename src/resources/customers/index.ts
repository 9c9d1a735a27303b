import PersonIcon from '@mui/icons-material/Person';
import type { Customer } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./CustomerList.tsx'), (module) => module.CustomerList),
  show: lazyView(() => import('./CustomerShow.tsx'), (module) => module.CustomerShow),
  edit: lazyView(() => import('./CustomerEdit.tsx'), (module) => module.CustomerEdit),
  create: lazyView(() => import('./CustomerCreate.tsx'), (module) => module.CustomerCreate),
  icon: PersonIcon,
  recordRepresentation: (record: Customer) => `${record.firstName} ${record.lastName}`,
};

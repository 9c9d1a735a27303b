import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { User } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

/** Back-office users and their roles: administrators only (server/auth/policy.ts). */
export default {
  list: lazyView(() => import('./UserList.tsx'), (module) => module.UserList),
  show: lazyView(() => import('./UserShow.tsx'), (module) => module.UserShow),
  edit: lazyView(() => import('./UserEdit.tsx'), (module) => module.UserEdit),
  create: lazyView(() => import('./UserCreate.tsx'), (module) => module.UserCreate),
  icon: ManageAccountsIcon,
  recordRepresentation: (record: User) => record.name,
};

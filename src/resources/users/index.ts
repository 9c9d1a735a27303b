import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { User } from '../../../server/resources/types.ts';
import { UserList } from './UserList.tsx';
import { UserShow } from './UserShow.tsx';
import { UserEdit } from './UserEdit.tsx';
import { UserCreate } from './UserCreate.tsx';

/** Back-office users and their roles: administrators only (server/auth/policy.ts). */
export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: (record: User) => record.name,
};

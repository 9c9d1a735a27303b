import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/password" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.menu')}</ListItemText>
    </MenuItem>
  );
});

/** The signed-in user's menu: change password, sign out. */
export const UserMenu = () => (
  <RaUserMenu>
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);

import { ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import LogoutIcon from '@mui/icons-material/Logout';
import { useLogout, useTranslate } from 'ra-core';

/** Signs out (the server ends the session) and goes to the sign-in page. */
export const SignOutItem = () => {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <ListItemButton onClick={() => logout()}>
      <ListItemIcon>
        <LogoutIcon />
      </ListItemIcon>
      <ListItemText primary={translate('client.shell.signOut')} />
    </ListItemButton>
  );
};

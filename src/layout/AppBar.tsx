import { AppBar as RaAppBar, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { UserMenu } from './UserMenu.tsx';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={<ToggleThemeButton />} userMenu={<UserMenu />}>
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};

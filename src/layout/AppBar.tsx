import { AppBar as RaAppBar, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { UserMenu } from './UserMenu.tsx';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={<ToggleThemeButton />} userMenu={<UserMenu />}>
      {/* on a phone the page's title has the bar to itself */}
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'inline' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};

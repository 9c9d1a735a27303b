import { AppBar as RaAppBar, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={<ToggleThemeButton />}>
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};

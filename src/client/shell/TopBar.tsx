import { AppBar, Toolbar, Typography } from '@mui/material';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The top of every page: its title (the page's one h1) and the language switch. */
export const TopBar = ({ title }: { title: string }) => (
  <AppBar position="sticky" elevation={1}>
    <Toolbar sx={{ gap: 1, minHeight: { xs: 56 } }}>
      <Typography variant="h1" noWrap sx={{ flex: 1, minWidth: 0 }}>
        {title}
      </Typography>
      <LanguageSwitch />
    </Toolbar>
  </AppBar>
);

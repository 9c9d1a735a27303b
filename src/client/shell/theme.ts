import { createTheme } from '@mui/material/styles';

/** The portal's look: the back office's MUI, with a deeper blue (the manifest's theme color) and roomier touch targets. */
export const clientTheme = createTheme({
  palette: { primary: { main: '#0d47a1' }, secondary: { main: '#00796b' }, background: { default: '#f4f6f9' } },
  shape: { borderRadius: 10 },
  typography: { h1: { fontSize: '1.25rem', fontWeight: 600 }, h2: { fontSize: '1.15rem', fontWeight: 600 }, h3: { fontSize: '1rem', fontWeight: 600 } },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { minHeight: 44, textTransform: 'none' } } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
  },
});

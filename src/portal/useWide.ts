import { useMediaQuery, type Theme } from '@mui/material';

/** A screen wide enough for a table (a tablet or a desk); phones get stacked cards. */
export const useWide = () => useMediaQuery((theme: Theme) => theme.breakpoints.up('md'));

import { Box, LinearProgress, Typography } from '@mui/material';

/** A request under way: a bar that runs until the server answers, and what it is doing (how many rows). */
export const ImportProgress = ({ label }: { label: string }) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }} role="status">
    <Typography variant="body2">{label}</Typography>
    <LinearProgress />
  </Box>
);

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A part of the help page under its heading (h2), named by it for screen readers. */
export const HelpSection = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id}>
    <Typography variant="h2" id={id} gutterBottom sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

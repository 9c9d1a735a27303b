import { Box, Rating, Typography } from '@mui/material';

/** 1–5 stars to one decimal, drawn and written ("3.4"); a dash when not rated. */
export const Stars = ({ stars, size = 'small' }: { stars: number | null | undefined; size?: 'small' | 'medium' | 'large' }) => {
  if (stars == null) return <Typography variant="body2">—</Typography>;
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }} aria-label={`${stars} stars`}>
      <Rating value={stars} precision={0.1} readOnly size={size} />
      <Typography variant="body2">{stars.toFixed(1)}</Typography>
    </Box>
  );
};

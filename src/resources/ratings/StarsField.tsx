import { useRecordContext } from 'react-admin';
import { Stars } from './Stars.tsx';

/** A record's stars field (e.g. a service center's ratingStars) as stars. */
export const StarsField = ({ source }: { source: string; label?: string; sortBy?: string }) => {
  const record = useRecordContext();
  const value = record?.[source];
  return <Stars stars={typeof value === 'number' ? value : null} />;
};

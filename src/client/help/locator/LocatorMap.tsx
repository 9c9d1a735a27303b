import { lazy, Suspense } from 'react';
import Skeleton from '@mui/material/Skeleton';
import type { MapMarker } from './UsMap.tsx';
import { MAP_HEIGHT, MAP_WIDTH } from './mapFrame.ts';

// The outlines and the projection weigh ~40 kB gzip: fetched when a first map is shown, not with the portal.
const UsMap = lazy(() => import('./UsMap.tsx'));

export const LocatorMap = (props: { markers: readonly MapMarker[]; label: string }) => (
  <Suspense fallback={<Skeleton variant="rounded" width="100%" sx={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}`, height: 'auto' }} />}>
    <UsMap {...props} />
  </Suspense>
);

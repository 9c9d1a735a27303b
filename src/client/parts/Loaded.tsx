import type { ReactNode } from 'react';
import { LinearProgress, Typography } from '@mui/material';
import { reasonOf } from '../errors.ts';
import { LoadFailed } from './LoadFailed.tsx';

/** What a page part needs of its query (react-query's, or ra-core's useGetList). */
interface Query<T> {
  data: T[] | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * A part of a page fed by a list query: why it did not load (and Try again), a progress bar while
 * it loads, the `empty` text when there is nothing, else the children with the rows.
 */
export function Loaded<T>({ query, failed, retry, empty, children }: { query: Query<T>; failed: (reason: string) => string; retry: string; empty: string; children: (rows: T[]) => ReactNode }) {
  if (query.error) return <LoadFailed message={failed(reasonOf(query.error))} retryLabel={retry} retry={() => query.refetch()} />;
  if (query.isPending || !query.data) return <LinearProgress />;
  if (!query.data.length) return <Typography>{empty}</Typography>;
  return children(query.data);
}

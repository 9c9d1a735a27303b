import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { clientFetch } from '../../api.ts';
import type { LocatorAnswer, LocatorSearch } from './types.ts';

/** Centers listed per search (the server allows up to 20). */
const CENTERS_SHOWN = 5;

const urlOf = (search: LocatorSearch) => {
  const params = new URLSearchParams('zip' in search ? { zip: search.zip } : { lat: String(search.lat), lng: String(search.lng) });
  params.set('limit', String(CENTERS_SHOWN));
  return `/api/locator?${params.toString()}`;
};

/** The nearest live centers to what the customer last searched from (nothing until they search). */
export function useLocator() {
  const [search, setSearch] = useState<LocatorSearch | null>(null);
  const answer = useQuery({
    queryKey: ['locator', search],
    queryFn: () => clientFetch<LocatorAnswer>(urlOf(search!)),
    enabled: search !== null,
    retry: false,
    staleTime: 5 * 60_000,
  });
  return { search, setSearch, answer };
}

import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'ra-core';
import { LocatorForm } from './LocatorForm.tsx';
import { CenterList } from './CenterList.tsx';
import { LocatorMap } from './LocatorMap.tsx';
import { formatMiles } from './format.ts';
import { UNKNOWN_ZIP_KEY, searchErrorKey } from './searchError.ts';
import type { LocatorAnswer } from './types.ts';
import { useLocator } from './useLocator.ts';
import type { MapMarker } from './UsMap.tsx';

/** The search's origin and the centers found, as the map marks them (the list's numbers in the markers). */
function markersOf(answer: LocatorAnswer, originLabel: string, miles: (n: number) => string): MapMarker[] {
  return [
    { key: 'origin', ...answer.origin, label: originLabel },
    ...answer.centers.map((center, i) => ({ key: String(center.id), latitude: center.latitude, longitude: center.longitude, label: `${i + 1}. ${center.name} (${miles(center.distanceMiles)})`, number: i + 1 })),
  ];
}

/** The service-center locator: search by ZIP code or position; the nearest live centers listed and on a map. */
export const Locator = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { search, setSearch, answer } = useLocator();
  const data = answer.data;
  const markers = useMemo(
    () => (data ? markersOf(data, translate('client.help.locator.origin'), (n) => formatMiles(locale, n)) : []),
    [data, translate, locale],
  );
  const errorKey = answer.error ? searchErrorKey(answer.error) : null;
  const onZip = errorKey === UNKNOWN_ZIP_KEY;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {translate('client.help.locator.intro')}
      </Typography>
      <LocatorForm onSearch={setSearch} serverError={onZip ? errorKey : null} />
      {search && answer.isFetching && <LinearProgress aria-label={translate('client.help.locator.searching')} />}
      {errorKey && !onZip && <Alert severity="error">{translate(errorKey)}</Alert>}
      <div aria-live="polite">
        {data && (
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {data.centers.length ? translate('client.help.locator.found', { smart_count: data.centers.length }) : translate('client.help.locator.none')}
          </Typography>
        )}
      </div>
      {data && data.centers.length > 0 && (
        <>
          <LocatorMap markers={markers} label={translate('client.help.locator.mapLabel', { smart_count: data.centers.length })} />
          <CenterList centers={data.centers} />
        </>
      )}
    </Stack>
  );
};

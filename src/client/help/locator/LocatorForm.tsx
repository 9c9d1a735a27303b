import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import MyLocationIcon from '@mui/icons-material/MyLocation';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslate } from 'ra-core';
import type { LocatorSearch } from './types.ts';

const ZIP = /^\d{5}$/;
/** Four decimals of a degree: about 10 m, more than a ZIP centroid's precision. */
const rounded = (degrees: number) => Math.round(degrees * 10_000) / 10_000;

/** A ZIP code to search from, or the phone's position where the browser offers it. */
export const LocatorForm = ({ onSearch, serverError }: { onSearch: (search: LocatorSearch) => void; serverError: string | null }) => {
  const translate = useTranslate();
  const [zip, setZip] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ZIP.test(zip)) return setProblem('client.help.locator.zipInvalid');
    setProblem(null);
    onSearch({ zip });
  };

  const locate = () => {
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onSearch({ lat: rounded(coords.latitude), lng: rounded(coords.longitude) });
      },
      () => {
        setLocating(false);
        setProblem('client.help.locator.locationUnavailable');
      },
      { maximumAge: 10 * 60_000, timeout: 15_000 },
    );
  };

  const message = problem ?? serverError;
  return (
    <Stack component="form" onSubmit={submit} noValidate spacing={1.5} role="search" aria-label={translate('client.help.locator.searchLabel')}>
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <TextField
          label={translate('client.help.locator.zip')}
          value={zip}
          onChange={(event) => setZip(event.target.value.replace(/\D/g, '').slice(0, 5))}
          error={message !== null}
          helperText={message === null ? ' ' : translate(message)}
          autoComplete="postal-code"
          size="small"
          sx={{ flex: 1, minWidth: 0 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{5}', maxLength: 5 } }}
        />
        <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ flexShrink: 0, minHeight: 40 }}>
          {translate('client.help.locator.search')}
        </Button>
      </Stack>
      {canLocate && (
        <Button variant="outlined" onClick={locate} disabled={locating} startIcon={<MyLocationIcon />} sx={{ alignSelf: 'flex-start' }}>
          {translate(locating ? 'client.help.locator.locating' : 'client.help.locator.useLocation')}
        </Button>
      )}
    </Stack>
  );
};

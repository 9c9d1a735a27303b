import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useLocaleState, useLocales, useTranslate } from 'ra-core';

/** "English" / "Español", each written in itself; the choice is kept in the store (localStorage) and survives a reload. */
export const LanguageSwitch = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  return (
    <ToggleButtonGroup
      value={locale}
      exclusive
      size="small"
      aria-label={translate('client.shell.language')}
      onChange={(_, next: string | null) => next && setLocale(next)}
      sx={{ bgcolor: 'background.paper', flexShrink: 0 }}
    >
      {locales.map(({ locale: value, name }) => (
        <ToggleButton key={value} value={value} lang={value} sx={{ px: 1.25, py: 0.5 }}>
          {name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};

import { useEffect } from 'react';
import { useLocaleState } from 'ra-core';

/** Keeps `<html lang>` on the language shown, for screen readers and the browser's own texts. */
export const HtmlLang = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};

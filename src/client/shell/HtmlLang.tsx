import { useLayoutEffect } from 'react';
import { useLocaleState } from 'ra-core';

/**
 * Keeps `<html lang>` on the language shown, for screen readers, the browser's own texts and our
 * API (whose refusals come back in it): set before any request of the same render goes out.
 */
export const HtmlLang = () => {
  const [locale] = useLocaleState();
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};

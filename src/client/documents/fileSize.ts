/** A file's size as the portal's language writes it: "12 kB", "3.4 MB" (at least 1 kB). */
export function localFileSize(bytes: number, locale: string): string {
  const tag = locale === 'es' ? 'es-US' : 'en-US';
  const megabytes = bytes >= 1024 * 1024;
  const amount = megabytes ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024));
  return new Intl.NumberFormat(tag, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: megabytes ? 1 : 0 }).format(amount);
}

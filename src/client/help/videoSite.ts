const SITES: [RegExp, string][] = [
  [/(^|\.)youtube\.com$|^youtu\.be$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
];

/** Where a video link leads, as people name it: "YouTube", "Vimeo", else its host ("videos.example.com"); null if it is no link. */
export function videoSite(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITES.find(([pattern]) => pattern.test(host))?.[1] ?? host.replace(/^www\./, '');
}

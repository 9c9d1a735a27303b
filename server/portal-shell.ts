/** The client portal's own page of the build, beside the back office's `index.html`. */
export const PORTAL_HTML = 'portal/index.html';

/**
 * Whether a path is one of the client portal's pages (`/portal`, `/portal/`, `/portal/unlock`…),
 * answered with the portal's page so that its router shows it; a path with a dot in its last part
 * is a file (`/portal/sw.js`, `/portal/manifest.webmanifest`), never a page.
 */
export function isPortalPage(pathname: string): boolean {
  return /^\/portal(\/[^.]*)?$/.test(pathname);
}

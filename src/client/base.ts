/**
 * Where the portal lives, with its trailing slash: its router's basename (its home is `/portal/`,
 * never `/portal`), the service worker's scope and the installed app's start and scope.
 */
export const PORTAL_BASE = '/portal/';

/** `/portal` as typed becomes `/portal/`, the address inside the service worker's and the installed app's scope. */
export function addPortalSlash() {
  const { pathname, search, hash } = window.location;
  if (`${pathname}/` === PORTAL_BASE) window.history.replaceState(window.history.state, '', `${PORTAL_BASE}${search}${hash}`);
}

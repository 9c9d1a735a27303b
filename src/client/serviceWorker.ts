import { PORTAL_BASE } from './base.ts';

/** The portal's service worker (public/portal/sw.js): its app shell opens without a network. */
export const SERVICE_WORKER = `${PORTAL_BASE}sw.js`;

/** Registers the service worker for /portal/ once the page has loaded, where the browser has them. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SERVICE_WORKER, { scope: PORTAL_BASE }).catch((error: unknown) => console.warn('The offline app shell is not available:', error));
  });
}

import type { Plugin } from 'vite';
import { PORTAL_HTML, isPortalPage } from '../portal-shell.ts';

/**
 * Vite's dev server answers every unknown page with the back office's `index.html`; the client
 * portal's pages get `portal/index.html` instead (what the server does for the built app).
 */
export function portalPagesInDev(): Plugin {
  return {
    name: 'portal-pages-in-dev',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const pathname = (request.url ?? '').split('?')[0];
        if (request.method === 'GET' && request.headers.accept?.includes('text/html') && isPortalPage(pathname)) request.url = `/${PORTAL_HTML}`;
        next();
      });
    },
  };
}

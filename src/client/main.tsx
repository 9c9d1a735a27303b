import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientApp } from './ClientApp.tsx';
import { registerServiceWorker } from './serviceWorker.ts';
import { addPortalSlash } from './base.ts';

addPortalSlash();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientApp />
  </StrictMode>,
);

// The built portal only: the dev server's modules change under it.
if (import.meta.env.PROD) registerServiceWorker();

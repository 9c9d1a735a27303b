import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { initialJsBudget } from './server/build/bundle-budget.ts';
import { portalPagesInDev } from './server/build/portal-dev.ts';

const apiPort = Number(process.env.API_PORT ?? 3001);

export default defineConfig({
  plugins: [react(), initialJsBudget(), portalPagesInDev()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Two apps, each with its own budget: the back office at /, the client portal at /portal/.
    rolldownOptions: { input: { main: 'index.html', portal: 'portal/index.html' } },
  },
});

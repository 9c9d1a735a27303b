import path from 'node:path';
import fs from 'node:fs';
import Fastify, { type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Database } from './db/database.ts';
import { RESOURCES } from './resources/index.ts';
import { registerCrudRoutes } from './rest/crud-routes.ts';
import { registerErrorHandler, routeNotFound } from './rest/errors.ts';

export interface AppOptions {
  database: Database;
  /** The built SPA to serve at `/`; omitted in API tests and in dev (Vite serves it). */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
}

/** Request bodies above this are refused with 413. */
export const BODY_LIMIT = 1024 * 1024;

export async function buildApp({ database, staticDir, logger = false }: AppOptions) {
  const app = Fastify({ logger, bodyLimit: BODY_LIMIT, routerOptions: { ignoreTrailingSlash: true } });
  registerErrorHandler(app);
  app.get('/api/health', async () => ({ ok: true, database: database.description }));
  for (const resource of RESOURCES) registerCrudRoutes(app, database.db, resource);

  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(staticDir), wildcard: false });
    // Client-side routes fall back to the SPA; unknown /api paths stay JSON 404s.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api') || request.method !== 'GET') return routeNotFound(request, reply);
      return reply.type('text/html').sendFile('index.html');
    });
  }
  app.addHook('onClose', () => database.close());
  return app;
}

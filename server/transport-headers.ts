import type { FastifyInstance } from 'fastify';
import { isApiRequest } from './auth/api-path.ts';

/** Browsers that reached the app over HTTPS keep to HTTPS for 180 days. */
const HSTS = 'max-age=15552000; includeSubDomains';

/** `Cache-Control: no-store` on every API answer (they carry personal data), and HSTS only on answers over HTTPS. */
export function registerTransportHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiRequest(request)) reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });
}

import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, versionBody, type App } from '../../rest/schemas.ts';
import { publishTemplate } from './publish.ts';
import { newTemplateVersion } from './new-version.ts';

/** POST /api/audit-templates/:id/publish and POST /api/audit-templates/:id/new-version. */
export function registerAuditTemplateRoutes(app: App, db: Db) {
  const command = { schema: { params: idParams, body: versionBody } };
  app.post('/api/audit-templates/:id/publish', command, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => publishTemplate({ trx, user }, request.params.id, request.body.version));
  });
  app.post('/api/audit-templates/:id/new-version', command, async (request, reply) => {
    const user = userOf(request);
    const draft = await db.transaction().execute((trx) => newTemplateVersion({ trx, user }, request.params.id, request.body.version));
    return reply.code(201).send(draft);
  });
}

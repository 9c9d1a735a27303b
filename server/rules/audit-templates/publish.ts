import { validateTemplate, type AuditTemplate } from '../../../audits/index.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { badRequest, conflict } from '../../rest/errors.ts';
import { findRecord, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { auditTemplates } from '../../resources/audits.ts';
import { versionsOf } from './lookup.ts';
import { definitionErrors, publishProblem } from './versions.ts';

/**
 * POST /api/audit-templates/:id/publish: the draft, checked whole by the engine, becomes the
 * checklist new audits of its kind use and is never changed again; the version it replaces is
 * retired (audits started on it keep it and are scored with it).
 */
export async function publishTemplate(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'publish', auditTemplates, id, version);
  const checked = validateTemplate(before.definition);
  if (!checked.ok) throw badRequest('This checklist is not complete yet', definitionErrors(checked.issues));
  const template: AuditTemplate = checked.template;
  const others = (await versionsOf(ctx.trx, template.key)).filter((v) => v.id !== id);
  const problem = publishProblem(template, others);
  if (problem) throw conflict(problem, { 'definition.version': problem });
  const published = { status: 'published', publishedAt: now.toISOString(), publishedById: ctx.user.id };
  const after = await updateLogged(ctx, auditTemplates, before, published, { action: 'publish', summary: `Published ${template.title} v${template.version}` }, now);
  for (const old of others.filter((o) => o.status === 'published')) {
    const record = await findRecord(ctx.trx, auditTemplates, old.id, ctx.user);
    await updateLogged(ctx, auditTemplates, record, { status: 'retired' }, { action: 'retire', summary: `Replaced by version ${template.version}` }, now);
  }
  return after;
}

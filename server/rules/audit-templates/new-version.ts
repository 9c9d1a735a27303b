import type { AuditTemplate } from '../../../audits/index.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { conflict } from '../../rest/errors.ts';
import { createLogged, type WriteContext } from '../../rest/logged-write.ts';
import { auditTemplates } from '../../resources/audits.ts';
import { versionsOf } from './lookup.ts';
import { nextDraft } from './versions.ts';

/**
 * POST /api/audit-templates/:id/new-version: a draft copy of a published (or retired) checklist,
 * numbered after the highest version of its key, for administrators to edit and publish.
 */
export async function newTemplateVersion(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const source = await findAuthorized(ctx.trx, ctx.user, 'new-version', auditTemplates, id, version);
  const next = nextDraft(await versionsOf(ctx.trx, String(source.key)));
  if ('problem' in next) throw conflict(next.problem, { status: next.problem });
  const definition: AuditTemplate = { ...(source.definition as AuditTemplate), version: next.version };
  const summary = `Version ${next.version} of ${String(source.key)}, a draft made from version ${String(source.version)}`;
  const derived = auditTemplates.derive!({ definition }, now.toISOString());
  return createLogged(ctx, auditTemplates, { definition, ...auditTemplates.initial }, { action: 'new-version', summary, columns: derived }, now);
}

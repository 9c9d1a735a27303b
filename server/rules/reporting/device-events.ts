import { z } from 'zod';
import { writeAudit } from '../../auth/audit.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { badRequest } from '../../rest/errors.ts';
import type { WriteContext } from '../../rest/logged-write.ts';
import { commandBody, isoDateTime, optionalText } from '../../rest/schemas.ts';
import { DEVICE_EVENT_KINDS } from '../../resources/choices.ts';
import { devices } from '../../resources/devices.ts';
import { createObligation } from './obligations.ts';

/** The body of POST /api/devices/:id/events: what happened, when, and what was seen. */
export const deviceEventBody = commandBody({
  kind: z.enum(DEVICE_EVENT_KINDS, { error: 'Must be tampering or violation' }),
  at: isoDateTime,
  notes: optionalText(2000),
});

/**
 * POST /api/devices/:id/events: tampering or a violation on an installed device, recorded in the
 * device's audit log and, when the customer's state wants it reported, as a reporting obligation
 * in the same transaction (one per device, kind and instant). Answers the obligation or null.
 */
export async function recordDeviceEvent(ctx: WriteContext, id: number, body: z.output<typeof deviceEventBody>, now = new Date()) {
  if (body.at > now.toISOString()) throw badRequest('Some fields are invalid', { at: 'Cannot be in the future' });
  const device = await findAuthorized(ctx.trx, ctx.user, 'record-event', devices, id, body.version);
  const summary = `${body.kind === 'tampering' ? 'Tampering' : 'Violation'} at ${body.at}${body.notes ? `: ${body.notes}` : ''}`;
  await writeAudit(ctx.trx, { userId: ctx.user.id, userName: ctx.user.name, action: 'record-event', resource: 'devices', recordId: id, summary }, now);
  const obligation = await createObligation(
    ctx,
    { event: body.kind, at: new Date(body.at), customerId: Number(device.customerId), serviceCenterId: Number(device.serviceCenterId), source: { resource: 'devices', id }, key: `device:${id}:${body.at}`, notes: summary },
    now,
  );
  return { deviceId: id, kind: body.kind, at: body.at, obligation };
}

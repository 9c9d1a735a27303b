import { z } from 'zod';
import { findAuthorized } from '../../rest/authorize.ts';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { commandBody, isoDateTime, optionalText, requiredText } from '../../rest/schemas.ts';
import { createRecord } from '../../rest/writes.ts';
import { appointmentRequests } from '../../resources/appointment-requests.ts';
import { resourceByName } from '../../resources/index.ts';
import { queueMessage } from '../outbox/queue.ts';
import { acceptedEmail, addressee, declinedEmail } from './emails.ts';
import { visitCenter } from './visit-text.ts';

type Row = Record<string, unknown>;

/**
 * POST /api/appointment-requests/:id/accept: the work order's time (the preferred one when left
 * out), its vehicle (the request's when left out: an appointment names one) and notes for the
 * center (the request's when left out).
 */
export const acceptBody = commandBody({
  scheduledAt: isoDateTime.optional(),
  vehicleId: z.number({ error: 'Must be the id of a record' }).int('Must be the id of a record').positive('Must be the id of a record').nullish(),
  notes: optionalText(2000),
});
/** POST /api/appointment-requests/:id/decline: why, for the customer. */
export const declineBody = commandBody({ reason: requiredText(500) });

const decided = (ctx: WriteContext, now: Date) => ({ decidedAt: now.toISOString(), decidedById: ctx.user.id, decidedBy: ctx.user.name });

/**
 * Books a requested appointment: the work order is created through the work orders' own create
 * (every rule of a booking holds: a live, insured center open at that time, no double booking, the
 * equipment reserved and shipped, the center told), the request linked to it and the customer
 * e-mailed when and where — one transaction, so a refusal of any of them leaves nothing behind.
 */
export async function acceptRequest(ctx: WriteContext, id: number, body: z.output<typeof acceptBody>, now = new Date()) {
  const request = await findAuthorized(ctx.trx, ctx.user, 'accept', appointmentRequests, id, body.version);
  const order = await createRecord(ctx, resourceByName.get('work-orders')!, {
    type: request.kind,
    status: 'scheduled',
    serviceCenterId: request.serviceCenterId,
    customerId: request.customerId,
    vehicleId: body.vehicleId === undefined ? request.vehicleId : body.vehicleId,
    scheduledAt: body.scheduledAt ?? request.preferredAt,
    notes: body.notes === undefined ? request.notes : body.notes,
  });
  const after = await updateLogged(
    ctx,
    appointmentRequests,
    request,
    { status: 'accepted', workOrderId: order.id, ...decided(ctx, now) },
    { action: 'accept', summary: `Booked as ${String(order.number)}` },
    now,
  );
  const center = await visitCenter(ctx.trx, Number(order.serviceCenterId));
  await queueMessage(ctx, acceptedEmail(after, order, await addressee(ctx.trx, Number(after.customerId)), center), now);
  return after;
}

/** Declines a requested appointment with the reason, which the customer is e-mailed. */
export async function declineRequest(ctx: WriteContext, id: number, body: z.output<typeof declineBody>, now = new Date()) {
  const request = await findAuthorized(ctx.trx, ctx.user, 'decline', appointmentRequests, id, body.version);
  const after: Row = await updateLogged(
    ctx,
    appointmentRequests,
    request,
    { status: 'declined', declineReason: body.reason, ...decided(ctx, now) },
    { action: 'decline', summary: `Declined: ${body.reason}` },
    now,
  );
  await queueMessage(ctx, declinedEmail(after, await addressee(ctx.trx, Number(after.customerId))), now);
  return after;
}

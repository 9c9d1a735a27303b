import type { WriteContext } from '../../rest/logged-write.ts';
import { createObligation, type ReportingEvent } from './obligations.ts';

type Values = Record<string, unknown>;

/** The work-order types whose completion the states may want reported. */
const COMPLETION_EVENTS: Record<string, ReportingEvent> = { installation: 'installation', removal: 'removal' };

/** In the completion's transaction: an installation or a removal completed for a customer, owed to their state when its rules say so. */
export async function reportCompletion(ctx: WriteContext, order: Values, now: Date) {
  const event = COMPLETION_EVENTS[String(order.type)];
  if (!event || order.customerId == null) return;
  const id = Number(order.id);
  await createObligation(
    ctx,
    { event, at: new Date(String(order.completedAt)), customerId: Number(order.customerId), serviceCenterId: Number(order.serviceCenterId), source: { resource: 'work-orders', id }, key: `work-order:${id}`, notes: `${String(order.number)} completed` },
    now,
  );
}

/**
 * In the transaction that records a refused completion (equipment removed or exchanged without
 * compliance's authorisation): the attempt, owed to the customer's state when its rules say so (one per work order).
 */
export async function reportRefusedRemoval(ctx: WriteContext, orderId: number, reason: string, now: Date) {
  const order = await ctx.trx.selectFrom('workOrders').select(['id', 'number', 'customerId', 'serviceCenterId']).where('id', '=', orderId).executeTakeFirst();
  if (order?.customerId == null) return;
  await createObligation(
    ctx,
    { event: 'unauthorized-removal-attempt', at: now, customerId: order.customerId, serviceCenterId: order.serviceCenterId, source: { resource: 'work-orders', id: orderId }, key: `work-order:${orderId}`, notes: `${order.number}: ${reason}` },
    now,
  );
}

/** The work-order types a customer books to keep their device serviced: missing one is a missed service. */
const SERVICE_TYPES = ['calibration', 'lockout-service'];

/**
 * In the no-show's transaction: a missed calibration or lockout service, owed to the customer's
 * state when its rules say so (from the rule's nth missed service in the program on).
 */
export async function reportMissedService(ctx: WriteContext, order: Values, now: Date) {
  if (!SERVICE_TYPES.includes(String(order.type)) || order.customerId == null) return;
  const customerId = Number(order.customerId);
  const missed = await ctx.trx
    .selectFrom('workOrders')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('customerId', '=', customerId)
    .where('type', 'in', SERVICE_TYPES)
    .where('status', '=', 'no-show')
    .executeTakeFirstOrThrow();
  const id = Number(order.id);
  await createObligation(
    ctx,
    {
      event: 'missed-service',
      at: now,
      customerId,
      serviceCenterId: Number(order.serviceCenterId),
      source: { resource: 'work-orders', id },
      key: `work-order:${id}`,
      notes: `${String(order.number)} missed (${Number(missed.n)} missed services in the program)`,
      occurrence: Number(missed.n),
    },
    now,
  );
}

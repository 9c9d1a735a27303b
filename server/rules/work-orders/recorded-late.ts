import type { WriteContext } from '../../rest/logged-write.ts';
import { recordedLate } from '../../audits/compliance-exceptions.ts';
import { rateAfterRecord } from '../../audits/rate-on-record.ts';

/** After a completion was recorded (`now`): recorded late, it is a compliance exception of the center, which is rated again. */
export async function rateIfRecordedLate(ctx: WriteContext, order: Record<string, unknown>, now: Date): Promise<void> {
  if (!recordedLate(String(order.completedAt), now.toISOString())) return;
  await rateAfterRecord(ctx.trx, Number(order.serviceCenterId), `after ${String(order.number)} was recorded late`, now);
}

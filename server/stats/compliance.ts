import { sql, type AliasedSelectQueryBuilder, type NotNull } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { FINDING_SEVERITIES, WORK_ORDER_TYPES } from '../resources/choices.ts';
import { CLOSED_STATUSES, needsAuthorization } from '../rules/work-orders/rules.ts';
import { addDaysToIsoDay, daysBetweenIsoDays, daysSince } from '../dates.ts';
import { DEFAULT_PERIODS, periodBounds, periodFields, periodOf } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, everyRowOf, inScope, num } from './scope.ts';
import type { StatsContext } from './context.ts';
import type { AuthorizationQueue, DevicesPastGrace, InsuranceExpiring, OverdueFindings, UnauthorizedAttempts, UnlockCodesByState } from './types.ts';

const AUTHORISED_TYPES = WORK_ORDER_TYPES.filter(needsAuthorization);

/** The audit-log action of a refused attempt to complete a work order that needed authorisation. */
export const COMPLETE_REFUSED = 'complete-refused';

/** The query string of `authorizationQueue`. */
export const authorizationQueueQuery = z.strictObject({ limit: wholeNumber(1, 500).optional() });

export async function authorizationQueue(db: Db, ctx: StatsContext, q: z.output<typeof authorizationQueueQuery>): Promise<AuthorizationQueue> {
  const waiting = () =>
    db
      .selectFrom('workOrders')
      .where(inScope(ctx.actor, 'work-orders'))
      .where('type', 'in', AUTHORISED_TYPES)
      .where('authorizedAt', 'is', null)
      .where('status', 'not in', [...CLOSED_STATUSES]);
  const [byType, rows] = await Promise.all([
    waiting()
      .select(['type', (eb) => eb.fn.countAll().as('count')])
      .groupBy('type')
      .execute(),
    db
      .selectFrom(waiting().selectAll().as('w'))
      .innerJoin('serviceCenters as sc', 'sc.id', 'w.serviceCenterId')
      .select(['w.id', 'w.number', 'w.type', 'w.status', 'w.serviceCenterId', 'sc.name as centerName', 'w.customerId', 'w.scheduledAt', 'w.createdAt'])
      .orderBy('w.createdAt')
      .orderBy('w.id')
      .limit(q.limit ?? 50)
      .execute(),
  ]);
  const counts = AUTHORISED_TYPES.map((type) => ({ type, count: num(byType.find((r) => r.type === type)?.count) }));
  return {
    asOf: ctx.today,
    total: counts.reduce((a, c) => a + c.count, 0),
    byType: counts,
    rows: rows.map((r) => ({
      workOrderId: r.id,
      number: r.number,
      type: r.type,
      status: r.status,
      serviceCenterId: r.serviceCenterId,
      centerName: r.centerName,
      customerId: r.customerId,
      scheduledAt: r.scheduledAt,
      createdAt: r.createdAt,
      waitingDays: daysSince(r.createdAt, ctx.now),
    })),
  };
}

/** The query string of `unauthorizedAttempts`. */
export const unauthorizedAttemptsQuery = z.strictObject({ ...periodFields, limit: wholeNumber(1, 500).optional() });

export async function unauthorizedAttempts(db: Db, ctx: StatsContext, q: z.output<typeof unauthorizedAttemptsQuery>): Promise<UnauthorizedAttempts> {
  const period = periodOf(q, DEFAULT_PERIODS.lastThirtyDays(ctx.today));
  const { start, end } = periodBounds(period);
  const attempts = () =>
    db
      .selectFrom('auditLog')
      .where(inScope(ctx.actor, 'audit-log'))
      .where('action', '=', COMPLETE_REFUSED)
      .where('resource', '=', 'work-orders')
      .where('at', '>=', start)
      .where('at', '<', end);
  const [byDay, rows] = await Promise.all([
    db
      .selectFrom(attempts().select(sql<string>`substr(${col('at')}, 1, 10)`.as('day')).as('a'))
      .select(['a.day', (eb) => eb.fn.countAll().as('count')])
      .groupBy('a.day')
      .orderBy('a.day')
      .execute(),
    attempts()
      .select(['id', 'at', 'userName', 'recordId', 'summary'])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit ?? 50)
      .execute(),
  ]);
  const days = byDay.map((d) => ({ day: d.day, count: num(d.count) }));
  return {
    period,
    total: days.reduce((a, d) => a + d.count, 0),
    byDay: days,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userName: r.userName,
      workOrderId: r.recordId,
      summary: r.summary,
    })),
  };
}

/** The query string of `overdueFindings`. */
export const overdueFindingsQuery = z.strictObject({ limit: wholeNumber(1, 500).optional() });

export async function overdueFindings(db: Db, ctx: StatsContext, q: z.output<typeof overdueFindingsQuery>): Promise<OverdueFindings> {
  const overdue = () =>
    db
      .selectFrom('correctiveActions')
      .where(inScope(ctx.actor, 'corrective-actions'))
      .where('status', '=', 'open')
      .where('dueDate', '<', ctx.today);
  const [bySeverity, findings, rows] = await Promise.all([
    overdue()
      .select(['severity', (eb) => eb.fn.countAll().as('count')])
      .groupBy('severity')
      .execute(),
    overdue()
      .select((eb) => eb.fn.count('findingId').distinct().as('findings'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom(overdue().selectAll().as('ca'))
      .innerJoin('findings as f', 'f.id', 'ca.findingId')
      .innerJoin('serviceCenters as sc', 'sc.id', 'ca.serviceCenterId')
      .select(['ca.id', 'ca.findingId', 'ca.auditId', 'ca.serviceCenterId', 'sc.name as centerName', 'ca.severity', 'f.title', 'ca.dueDate'])
      .orderBy('ca.dueDate')
      .orderBy('ca.id')
      .limit(q.limit ?? 50)
      .$narrowType<{ dueDate: NotNull }>()
      .execute(),
  ]);
  const severities = FINDING_SEVERITIES.map((severity) => ({
    severity,
    correctiveActions: num(bySeverity.find((r) => r.severity === severity)?.count),
  }));
  return {
    asOf: ctx.today,
    correctiveActions: bySeverity.reduce((a, r) => a + num(r.count), 0),
    findings: num(findings.findings),
    bySeverity: severities,
    rows: rows.map((r) => ({
      correctiveActionId: r.id,
      findingId: r.findingId,
      auditId: r.auditId,
      serviceCenterId: r.serviceCenterId,
      centerName: r.centerName,
      severity: r.severity,
      title: r.title,
      dueDate: r.dueDate,
      daysOverdue: daysBetweenIsoDays(r.dueDate.slice(0, 10), ctx.today),
    })),
  };
}

/** The query string of `insuranceExpiring`. */
export const insuranceExpiringQuery = z.strictObject({ days: wholeNumber(1, 365).optional(), limit: wholeNumber(1, 500).optional() });

export async function insuranceExpiring(db: Db, ctx: StatsContext, q: z.output<typeof insuranceExpiringQuery>): Promise<InsuranceExpiring> {
  const days = q.days ?? 30;
  const expired = sql<number>`case when ${col('insuranceExpiresOn')} < ${ctx.today} then 1 else 0 end`;
  const rows = await db
    .selectFrom('serviceCenters')
    .select([
      'id',
      'name',
      'onboardingStatus',
      'insuranceExpiresOn',
      expired.as('expired'),
      sql<number>`sum(${expired}) over ()`.as('expiredCount'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where(inScope(ctx.actor, 'service-centers', undefined, 'id'))
    .where('onboardingStatus', '!=', 'closed')
    .where('insuranceExpiresOn', 'is not', null)
    .where('insuranceExpiresOn', '<=', addDaysToIsoDay(ctx.today, days))
    .orderBy('insuranceExpiresOn')
    .orderBy('name')
    .orderBy('id')
    .limit(q.limit ?? 100)
    .$narrowType<{ insuranceExpiresOn: NotNull }>()
    .execute();
  const total = rows.length ? num(rows[0].total) : 0;
  const expiredCount = rows.length ? num(rows[0].expiredCount) : 0;
  return {
    asOf: ctx.today,
    days,
    expired: expiredCount,
    expiring: total - expiredCount,
    rows: rows.map((r) => {
      const daysLeft = daysBetweenIsoDays(ctx.today, r.insuranceExpiresOn.slice(0, 10));
      return {
        serviceCenterId: r.id,
        name: r.name,
        onboardingStatus: r.onboardingStatus,
        insuranceExpiresOn: r.insuranceExpiresOn,
        daysLeft,
        expired: num(r.expired) === 1,
      };
    }),
  };
}

/** The query string of `devicesPastGrace`. */
export const devicesPastGraceQuery = z.strictObject({});

export async function devicesPastGrace(db: Db, ctx: StatsContext): Promise<DevicesPastGrace> {
  // The whole network's from lockoutDays; a narrower scope counts its own devices.
  const past: AliasedSelectQueryBuilder<{ jurisdictionId: number; lockoutOn: string | null; devices: number }, 'p'> = everyRowOf(ctx.actor, 'devices')
    ? db.selectFrom('lockoutDays').select(['jurisdictionId', 'lockoutOn', 'devices']).where('lockoutOn', '<', ctx.today).as('p')
    : db
        .selectFrom((qb) =>
          qb
            .selectFrom('devices')
            .select(['customerId', 'lockoutOn'])
            .where(inScope(ctx.actor, 'devices'))
            .where('status', '=', 'installed')
            .where('lockoutOn', '<', ctx.today)
            .as('d'),
        )
        .innerJoin('customers as c', 'c.id', 'd.customerId')
        .select(['c.jurisdictionId', 'd.lockoutOn', sql<number>`1`.as('devices')])
        .as('p');
  const rows = await db
    .selectFrom(past)
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdictionId')
    .select(['j.id', 'j.code', 'j.name', (eb) => eb.fn.sum<number>('p.devices').as('devices'), (eb) => eb.fn.min('p.lockoutOn').as('oldest')])
    .groupBy(['j.id', 'j.code', 'j.name'])
    .orderBy('devices', 'desc')
    .orderBy('j.code')
    .execute();
  const result = rows.map((r) => ({ jurisdictionId: r.id, code: r.code, name: r.name, devices: num(r.devices), oldestLockoutOn: String(r.oldest) }));
  return { asOf: ctx.today, total: result.reduce((a, r) => a + r.devices, 0), rows: result };
}

/** The query string of `unlockCodesByState`. */
export const unlockCodesByStateQuery = z.strictObject(periodFields);

export async function unlockCodesByState(db: Db, ctx: StatsContext, q: z.output<typeof unlockCodesByStateQuery>): Promise<UnlockCodesByState> {
  const period = periodOf(q, DEFAULT_PERIODS.thisWeek(ctx.today));
  const { start, end } = periodBounds(period);
  const rows = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('unlockCodes')
        .select(['jurisdictionId', 'customerId'])
        .where(inScope(ctx.actor, 'unlock-codes'))
        .where('issuedAt', '>=', start)
        .where('issuedAt', '<', end)
        .as('u'),
    )
    .innerJoin('jurisdictions as j', 'j.id', 'u.jurisdictionId')
    .select(['j.id', 'j.code', 'j.name', (eb) => eb.fn.countAll().as('codes'), (eb) => eb.fn.count('u.customerId').distinct().as('customers')])
    .groupBy(['j.id', 'j.code', 'j.name'])
    .orderBy('codes', 'desc')
    .orderBy('j.code')
    .execute();
  const result = rows.map((r) => ({ jurisdictionId: r.id, code: r.code, name: r.name, codes: num(r.codes), customers: num(r.customers) }));
  return { period, total: result.reduce((a, r) => a + r.codes, 0), rows: result };
}

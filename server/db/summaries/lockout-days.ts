import { sql, type RawBuilder } from 'kysely';
import type { Transaction } from '../database.ts';
import { createSummaryTable, createSummaryTrigger, type SummaryTrigger } from './triggers.ts';

/**
 * Installed devices by their customer's jurisdiction and lockout date: the devices past their grace
 * on any day are the rows before it (a few hundred), not the devices. Kept by triggers on `devices`
 * (status, lockout date, customer) and on a customer's jurisdiction.
 */
export const LOCKOUT_DAYS = 'lockoutDays';
export const lockoutDaysDefinition = 'v2';

type Sql = RawBuilder<unknown>;
const table = sql.table(LOCKOUT_DAYS);

/**
 * Adds `devices` (a signed count per lockout date, from `select`: "jurisdictionId", "lockoutOn",
 * "devices"), then drops the rows `touched` selects if they are left with none.
 */
const add = (select: Sql, touched: Sql): Sql[] => [
  sql`insert into ${table} ("jurisdictionId", "lockoutOn", "devices") select "jurisdictionId", "lockoutOn", "devices" from (${select}) as "change" where "devices" <> 0
    on conflict ("jurisdictionId", "lockoutOn") do update set "devices" = ${table}."devices" + excluded."devices"`,
  sql`delete from ${table} where ${touched} and "devices" = 0`,
];

/** What the device `row` counts for (+1) or no longer counts for (-1): installed, with a lockout date, its customer in a jurisdiction. */
const device = (row: 'new' | 'old', sign: 1 | -1) =>
  add(
    sql`select "c"."jurisdictionId", ${sql.raw(row)}."lockoutOn", ${sql.lit(sign)} as "devices" from "customers" as "c"
      where "c"."id" = ${sql.raw(row)}."customerId" and "c"."jurisdictionId" is not null and ${sql.raw(row)}."status" = 'installed' and ${sql.raw(row)}."lockoutOn" is not null`,
    sql`"jurisdictionId" = (select "jurisdictionId" from "customers" where "id" = ${sql.raw(row)}."customerId") and "lockoutOn" = ${sql.raw(row)}."lockoutOn"`,
  );

/** A customer's installed devices moved out of (-1) or into (+1) a jurisdiction. */
const customer = (jurisdiction: Sql, sign: 1 | -1) =>
  add(
    sql`select ${jurisdiction} as "jurisdictionId", "lockoutOn", ${sql.lit(sign)} * count(*) as "devices" from "devices"
      where "customerId" = new."id" and "status" = 'installed' and "lockoutOn" is not null and ${jurisdiction} is not null group by "lockoutOn"`,
    sql`"jurisdictionId" = ${jurisdiction}`,
  );

// PostgreSQL: a device's and its customer's triggers take the customer's lock (a customer moving
// while one of their devices changes would otherwise count the device from a stale view).
const LOCK = 4;
const of = ['status', 'lockoutOn', 'customerId'];
const changed = sql`(${sql.join(
  of.map((column) => sql`new.${sql.ref(column)} is distinct from old.${sql.ref(column)}`),
  sql` or `,
)})`;
const triggers = (): SummaryTrigger[] => [
  { name: 'devices_lockout_insert', table: 'devices', timing: 'after', event: 'insert', lock: { key: LOCK, ids: [sql`new."customerId"`] }, body: device('new', 1) },
  { name: 'devices_lockout_delete', table: 'devices', timing: 'after', event: 'delete', lock: { key: LOCK, ids: [sql`old."customerId"`] }, body: device('old', -1) },
  {
    name: 'devices_lockout_update',
    table: 'devices',
    timing: 'after',
    event: 'update',
    of,
    when: changed,
    lock: { key: LOCK, ids: [sql`old."customerId"`, sql`new."customerId"`] },
    body: [...device('old', -1), ...device('new', 1)],
  },
  {
    name: 'customers_lockout_jurisdiction',
    table: 'customers',
    timing: 'after',
    event: 'update',
    of: ['jurisdictionId'],
    when: sql`new."jurisdictionId" is distinct from old."jurisdictionId"`,
    lock: { key: LOCK, ids: [sql`new."id"`] },
    body: [...customer(sql`old."jurisdictionId"`, -1), ...customer(sql`new."jurisdictionId"`, 1)],
  },
];

/** (Re)creates the summary from the devices and the triggers keeping it. */
export async function buildLockoutDays(trx: Transaction): Promise<void> {
  await createSummaryTable(trx, LOCKOUT_DAYS, sql`"jurisdictionId" integer not null, "lockoutOn" text not null, "devices" integer not null`, ['jurisdictionId', 'lockoutOn']);
  await sql`insert into ${table} ("jurisdictionId", "lockoutOn", "devices")
    select "c"."jurisdictionId", "d"."lockoutOn", count(*) from "devices" as "d" join "customers" as "c" on "c"."id" = "d"."customerId"
    where "d"."status" = 'installed' and "d"."lockoutOn" is not null and "c"."jurisdictionId" is not null group by "c"."jurisdictionId", "d"."lockoutOn"`.execute(trx);
  for (const trigger of triggers()) await createSummaryTrigger(trx, trigger);
}

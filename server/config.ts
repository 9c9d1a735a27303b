/** Settings read from the environment, with the defaults a fresh machine needs. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Fill an empty database with demo data on start. */
  demoData: boolean;
  /** The onboarding board flags centers longer than this many days in their stage (ONBOARDING_STALLED_DAYS). */
  onboardingStalledDays: number;
  /** Where the default outbox transport appends the messages it "sends" (OUTBOX_LOG). */
  outboxLog: string;
  /** OUTBOX_DISABLED=1: the server runs no background job (reminders, sender, auto-pay): another process does. */
  outboxDisabled: boolean;
  /** COOKIE_SECURE: mark the session cookie `Secure` always, never, or (`auto`) when the request came over HTTPS. */
  cookieSecure: boolean | 'auto';
  /** TRUST_PROXY: which proxies' X-Forwarded-For/-Proto to believe (Fastify's `trustProxy`). */
  trustProxy: boolean | string;
  /** PUBLIC_URL: where users open the app, for links in e-mails (default http://localhost:<PORT>). */
  publicUrl: string;
  /** WORKERS: how many server processes share the port and the database (1: one process, no supervisor). */
  workers: number;
}

const YES = new Set(['1', 'true', 'yes', 'on']);
const NO = new Set(['0', 'false', 'no', 'off']);

/** COOKIE_SECURE=1/0; unset: always under NODE_ENV=production, else whenever the request came over HTTPS. */
export function cookieSecure(env: NodeJS.ProcessEnv = process.env): boolean | 'auto' {
  const raw = (env.COOKIE_SECURE ?? '').toLowerCase();
  if (YES.has(raw)) return true;
  if (NO.has(raw)) return false;
  if (raw !== '') throw new Error(`COOKIE_SECURE must be 1 or 0, got "${env.COOKIE_SECURE}"`);
  return env.NODE_ENV === 'production' ? true : 'auto';
}

/** PUBLIC_URL: an http(s) address without a trailing slash; unset: this machine on the port served. */
export function publicUrl(port: number, env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env.PUBLIC_URL ?? '').trim();
  if (raw === '') return `http://localhost:${port}`;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(raw)) throw new Error(`PUBLIC_URL must be an http(s) address such as https://portal.example.org, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** TRUST_PROXY: `true` (whatever sent the request), or the proxies' addresses/CIDRs separated by commas; unset or `false`: none. */
export function trustProxy(env: NodeJS.ProcessEnv = process.env): boolean | string {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || NO.has(raw.toLowerCase())) return false;
  return YES.has(raw.toLowerCase()) ? true : raw;
}

export const DEFAULT_STALLED_DAYS = 30;

/** ONBOARDING_STALLED_DAYS: a whole number of days from 1 to 3650 (default 30). */
export function onboardingStalledDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ONBOARDING_STALLED_DAYS;
  if (raw === undefined || raw === '') return DEFAULT_STALLED_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new Error(`ONBOARDING_STALLED_DAYS must be a whole number of days from 1 to 3650, got "${raw}"`);
  return days;
}

/** WORKERS: a whole number of processes from 1 to 64; unset: one per CPU (`defaultWorkers`). */
export function workers(env: NodeJS.ProcessEnv, defaultWorkers: number): number {
  const raw = env.WORKERS;
  if (raw === undefined || raw === '') return defaultWorkers;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WORKERS must be a whole number of processes from 1 to 64, got "${raw}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, defaultWorkers = 1): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:data/interlock.db',
    demoData: env.DEMO_DATA !== 'false',
    onboardingStalledDays: onboardingStalledDays(env),
    outboxLog: env.OUTBOX_LOG || 'data/outbox.log',
    outboxDisabled: env.OUTBOX_DISABLED === '1' || env.OUTBOX_DISABLED === 'true',
    cookieSecure: cookieSecure(env),
    trustProxy: trustProxy(env),
    publicUrl: publicUrl(port, env),
    workers: workers(env, defaultWorkers),
  };
}

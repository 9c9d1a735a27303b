/** Settings read from the environment, with the defaults a fresh machine needs. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Fill an empty database with demo data on start. */
  demoData: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:data/interlock.db',
    demoData: env.DEMO_DATA !== 'false',
  };
}

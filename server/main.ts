import cluster from 'node:cluster';
import os from 'node:os';
import { readConfig } from './config.ts';
import { JOBS_WORKER, PREPARE_WORKER, superviseWorkers } from './cluster.ts';

const dev = process.argv.includes('--dev');
// One worker process per core unless WORKERS says otherwise (see cluster.ts); the dev server is one process (hot reload).
const config = readConfig(
  dev ? { API_PORT: '3001', PUBLIC_URL: 'http://localhost:5173', WORKERS: '1', ...process.env, PORT: process.env.API_PORT ?? '3001' } : process.env,
  os.availableParallelism(),
);

/**
 * `prepare()` in a short-lived worker of its own, so that the supervisor, which lives as long as
 * the server, does not keep the memory the build, the migrations and the demo data took (over
 * 900 MB on the large data set); answers where the data lives.
 */
function prepareInChild(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = cluster.fork({ [PREPARE_WORKER]: '1' });
    let description: string | undefined;
    child.on('message', (message: { description?: string }) => (description = message.description));
    child.once('exit', (code) => (code === 0 && description ? resolve(description) : reject(new Error(`start-up failed (exit ${code ?? 'by signal'})`))));
  });
}

if (cluster.isPrimary) {
  const where = dev ? `the app with hot reload: http://localhost:5173/` : `http://localhost:${config.port}/`;
  const ready = (description: string) => () => console.log(`Interlock Back Office${dev ? ' API' : ''} on port ${config.port} (${description}, ${config.workers} process${config.workers === 1 ? '' : 'es'}): ${where}`);
  // The background jobs run in one process only; OUTBOX_DISABLED=1 when another server runs them.
  if (config.workers === 1) {
    const { prepare, serve } = await import('./start.ts');
    const description = await prepare(config, dev);
    await serve(config, dev, !config.outboxDisabled);
    ready(description)();
  } else {
    const description = await prepareInChild().catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
    superviseWorkers(config.workers, { runJobs: !config.outboxDisabled, log: (message) => console.log(message), onListening: ready(description) });
  }
} else if (process.env[PREPARE_WORKER] === '1') {
  const { prepare } = await import('./start.ts');
  const description = await prepare(config, dev);
  process.send!({ description }, () => process.exit(0));
} else {
  const { serve } = await import('./start.ts');
  await serve(config, dev, process.env[JOBS_WORKER] === '1');
}

import type { Db } from '../../db/database.ts';
import type { Job, JobLog } from '../../jobs.ts';
import { REPORTING_JOB, followReportingDeadlines } from './deadlines-job.ts';

export const REPORTING_EVERY_MS = 5 * 60 * 1000;

/** The reporting job (for `startJobs`): lockouts owed to the states and overdue obligations, every 5 minutes. */
export function reportingJobs(db: Db, log: JobLog): Job[] {
  return [
    {
      name: REPORTING_JOB,
      everyMs: REPORTING_EVERY_MS,
      run: async () => {
        const counts = await followReportingDeadlines(db);
        if (counts.lockouts || counts.overdue) log(`${REPORTING_JOB}: ${counts.lockouts} lockouts to report, ${counts.overdue} obligations overdue`);
      },
    },
  ];
}

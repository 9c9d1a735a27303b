import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { postgresReachable, TEST_POSTGRES_URL } from './tests/server/test-database.ts';

/** The server suites run a second time on PostgreSQL when one answers at TEST_POSTGRES_URL (default the local one). */
const postgres = await postgresReachable();
if (!postgres) console.warn(`PostgreSQL not reachable at ${new URL(TEST_POSTGRES_URL).host}: PostgreSQL suites skipped (the SQLite suites run).`);

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/bench/**', 'node_modules/**', 'tests/server/pg-*.test.ts'] } },
      ...(postgres
        ? [
            {
              extends: true as const,
              // Backups and crash safety are about the embedded SQLite file (PostgreSQL has its own tools and durability).
              test: { name: 'postgres', include: ['tests/server/**/*.test.ts'], exclude: ['tests/server/backup.test.ts', 'tests/server/crash-safety.test.ts'], env: { TEST_DATABASE: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});

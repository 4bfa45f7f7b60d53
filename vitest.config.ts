import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Two tiers run here: pure tests (*.test.ts) once, and database tests (*.db.test.ts) on the
// embedded PGlite and, when TEST_DATABASE_URL is set, again on a PostgreSQL server.
const database = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true as const,
        test: {
          name: 'postgres',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          env: { TEST_DB: 'postgres' },
        },
      },
    ]
  : [];

// End-to-end tests in Debian's Chromium (never a downloaded browser) against a real server
// process; without /usr/bin/chromium they are left out with a message.
const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
if (!hasChromium) {
  console.warn(
    'e2e: /usr/bin/chromium fehlt, Browser-Tests werden übersprungen (apt-get install -y chromium).',
  );
}
const browser = hasChromium
  ? [
      {
        extends: true as const,
        test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], maxWorkers: 1 },
      },
    ]
  : [];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          env: { TEST_DB: 'pglite' },
        },
      },
      ...database,
      ...browser,
    ],
  },
});

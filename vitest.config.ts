import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every importer (the package has no "exports"), while
    // Vite would pick its ES build for our own files: two instances whose types fail each other's
    // instanceof checks. Tests resolve it as Node does.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "dist/**", "generated/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files in one worker share the loaded code (schemas, planner, Prisma client): importing it
    // again per file cost ~3.5 s each. Each suite still boots its own system on its own database;
    // module-level caches are keyed by database or configuration, so suites cannot see each other.
    isolate: false,
    // On PostgreSQL the end-to-end suites spend much of their time waiting on timers and sockets,
    // not on the CPU: more workers than cores. Embedded PGlite runs each suite's database inside its
    // worker, so there the CPU is the limit: one worker per core.
    maxWorkers: process.env.DATABASE_URL ? 4 : 2,
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/report-failures.ts"],
  },
});

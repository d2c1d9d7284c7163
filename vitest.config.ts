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
    // End-to-end suites boot the whole system; two cores do not benefit from more workers.
    maxWorkers: 2,
    globalSetup: ["test/global-setup.ts"],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "dist/**", "generated/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end suites boot the whole system; two cores do not benefit from more workers.
    maxWorkers: 2,
    globalSetup: [],
  },
});

/**
 * Once per test run: an id for the run's seeded PostgreSQL templates (test/support/seeded-template.ts),
 * the default one built before any suite starts, all dropped again at the end along with any left
 * behind by a run that was killed.
 */
import type { TestProject } from "vitest/node";
import { dropTemplates, newTemplateRunId, seededTemplate, seedVariant } from "./support/seeded-template.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateRunId: string;
  }
}

const STALE_AFTER_MS = 3 * 60 * 60 * 1000;

export default async function setup(project: TestProject) {
  const runId = newTemplateRunId();
  project.provide("templateRunId", runId);
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    await dropTemplates(baseUrl, { staleAfterMs: STALE_AFTER_MS }).catch(() => undefined);
    // Most suites want the default demo data: seed it here, outside any suite's hook timeout.
    const env = { NODE_ENV: "test", LOG_LEVEL: "silent" };
    await seededTemplate(baseUrl, runId, seedVariant(env)!, env);
  }
  return async () => {
    if (baseUrl) await dropTemplates(baseUrl, { runId, staleAfterMs: STALE_AFTER_MS });
  };
}

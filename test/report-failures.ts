/** Setup for every test file: after a failed test, the open systems' state on stderr (test/support/failure-report.ts). */
import { afterEach } from "vitest";
import { describeOpenSystems } from "./support/failure-report.js";

afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  console.error(`State of the open systems after "${context.task.name}" failed:\n${await describeOpenSystems()}`);
});

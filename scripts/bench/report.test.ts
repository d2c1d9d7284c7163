import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectPath } from "../../shared/paths.js";
import {
  cpuSecondsBetween,
  machineLoad,
  machineSpeedMs,
  withSection,
  writeBenchmarkSection,
  writeRequested,
} from "./report.js";

afterEach(() => vi.restoreAllMocks());

describe("benchmark report", () => {
  it("records figures in BENCHMARKS.md only with --write; without it they are printed", () => {
    const before = readFileSync(projectPath("BENCHMARKS.md"), "utf8");
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    writeBenchmarkSection("Gateway: federated ticket list", "| path | req/s |\n| x | 1 |", "npm run bench -- gateway", [
      "node",
      "index.ts",
      "gateway",
    ]);
    expect(readFileSync(projectPath("BENCHMARKS.md"), "utf8")).toBe(before);
    expect(stdout.mock.calls.map(([text]) => String(text)).join("")).toContain(
      "## Gateway: federated ticket list\n\nCommand: `npm run bench -- gateway`",
    );
    expect(stderr.mock.calls.map(([text]) => String(text)).join("")).toContain("BENCHMARKS.md unchanged (add --write");
    expect(writeRequested(["node", "index.ts", "gateway"])).toBe(false);
    expect(writeRequested(["node", "index.ts", "gateway", "--write"])).toBe(true);
  });

  it("replaces its own section and keeps the others", () => {
    const file = "# Benchmarks\n\n## A\n\nold a\n\n## B ($1)\n\nold b\n";
    const replaced = withSection(file, "B ($1)", "## B ($1)\n\nnew b $& $1\n");
    expect(replaced).toBe("# Benchmarks\n\n## A\n\nold a\n\n## B ($1)\n\nnew b $& $1\n");
    expect(withSection(replaced, "A", "## A\n\nnew a\n")).toBe(
      "# Benchmarks\n\n## A\n\nnew a\n\n## B ($1)\n\nnew b $& $1\n",
    );
    expect(withSection(file, "C", "## C\n\nc\n")).toBe(`${file}\n## C\n\nc\n`);
  });

  it("counts the CPU a set of processes used between two readings, per process", () => {
    const before = new Map([
      [10, 5.0],
      [11, 2.0],
      [12, 9.0], // exits meanwhile: what it used since is unseen, what it used before is not subtracted
    ]);
    const after = new Map([
      [10, 5.5],
      [11, 2.25],
      [13, 0.5], // started meanwhile: counts whole
    ]);
    expect(cpuSecondsBetween(before, after)).toBeCloseTo(1.25, 10);
    expect(cpuSecondsBetween(after, after)).toBe(0);
  });

  it("tells the machine's load and its single-thread speed", () => {
    expect(machineLoad()).toMatch(/^\d+\.\d{2} \/ \d+\.\d{2} \/ \d+\.\d{2}$/);
    expect(machineLoad(1)).toMatch(/^\d+\.\d \/ \d+\.\d \/ \d+\.\d$/);
    const speed = machineSpeedMs();
    expect(Number.isInteger(speed) && speed > 0).toBe(true);
  });
});

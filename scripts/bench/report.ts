/** Writes one named section of BENCHMARKS.md (replacing the previous run's figures). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { projectPath } from "../../subgraphs/common/paths.js";

const FILE = projectPath("BENCHMARKS.md");
const HEADER = "# Benchmarks\n\nFigures are produced by the commands shown in each section; rerun them to refresh. Numbers vary with the machine and what else runs on it.\n";

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function writeBenchmarkSection(title: string, body: string, command: string): void {
  const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
  const section = `## ${title}\n\nCommand: \`${command}\`  \nMachine: ${machineLine()}  \nDate: ${new Date().toISOString()}\n\n${body.trim()}\n`;
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(FILE, next.endsWith("\n") ? next : `${next}\n`);
}

/** A subgraph never touches another subgraph's tables: checked on the source. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const MODELS: Record<string, string[]> = {};
for (const name of ["tickets", "chat", "knowledge", "agents", "analytics"]) {
  const text = readFileSync(path.join(ROOT, "schema/prisma", `${name}.prisma`), "utf8");
  MODELS[name] = [...text.matchAll(/^model (\w+)/gm)].map((m) => m[1][0].toLowerCase() + m[1].slice(1));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
  });
}

describe("subgraph boundaries", () => {
  for (const owner of Object.keys(MODELS)) {
    it(`${owner} uses only its own models and schema`, () => {
      const foreign = Object.entries(MODELS).filter(([name]) => name !== owner);
      for (const file of sourceFiles(path.join(ROOT, "subgraphs", owner))) {
        const text = readFileSync(file, "utf8");
        for (const [other, models] of foreign) {
          for (const model of models) expect(text, `${path.relative(ROOT, file)} uses ${other}'s model ${model}`).not.toMatch(new RegExp(`\\b(prisma|tx|db)\\.${model}\\b`));
          expect(text, `${path.relative(ROOT, file)} reads ${other}'s tables`).not.toMatch(new RegExp(`"${other}"\\."`));
        }
      }
    });
  }
});

/**
 * A subgraph never touches another subgraph's tables, and the folders import only what their layer
 * may: checked on the source.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
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
          for (const model of models)
            expect(text, `${path.relative(ROOT, file)} uses ${other}'s model ${model}`).not.toMatch(
              new RegExp(`\\b(prisma|tx|db)\\.${model}\\b`),
            );
          expect(text, `${path.relative(ROOT, file)} reads ${other}'s tables`).not.toMatch(
            new RegExp(`"${other}"\\."`),
          );
        }
      }
    });
  }
});

/** The project folder (`subgraphs/<name>`, `gateway`, `runtime`, `scripts`, …) a file belongs to. */
function folderOf(relativePath: string): string {
  const [top, second] = relativePath.split(path.sep);
  return top === "subgraphs" && second !== undefined && !second.endsWith(".ts") ? `subgraphs/${second}` : top;
}

/** Every relative import/export/dynamic-import specifier of a non-test file, resolved to the folder it reaches. */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => ({
      specifier,
      folder: folderOf(path.relative(ROOT, path.resolve(path.dirname(file), specifier))),
    }));
}

/** Why `from` may not import `to`, or null when it may. `shared` is the code every layer uses. */
function forbiddenImport(from: string, to: string): string | null {
  if ((from.startsWith("subgraphs/") || from === "shared") && (to === "scripts" || to === "runtime"))
    return `code under ${from}/ never imports ${to}/ (start-up and demo data pass what it needs in)`;
  if (from.startsWith("subgraphs/") && to.startsWith("subgraphs/") && to !== from)
    return `${from} never imports another subgraph's folder (${to}); it calls it over GraphQL`;
  if (from === "shared" && to.startsWith("subgraphs/"))
    return `shared/ is used by every subgraph and never imports one (${to})`;
  if (from === "gateway" && to.startsWith("subgraphs/"))
    return `gateway/ imports only shared code, never a subgraph's folder (${to})`;
  return null;
}

describe("import boundaries", () => {
  it("the rules themselves: subgraphs import only themselves and shared/, the gateway only shared/", () => {
    expect(forbiddenImport("subgraphs/chat", "shared")).toBeNull();
    expect(forbiddenImport("subgraphs/chat", "subgraphs/chat")).toBeNull();
    expect(forbiddenImport("subgraphs/chat", "subgraphs/tickets")).not.toBeNull();
    expect(forbiddenImport("shared", "subgraphs/chat")).not.toBeNull();
    expect(forbiddenImport("subgraphs/chat", "scripts")).not.toBeNull();
    expect(forbiddenImport("shared", "runtime")).not.toBeNull();
    expect(forbiddenImport("gateway", "shared")).toBeNull();
    expect(forbiddenImport("gateway", "subgraphs/agents")).not.toBeNull();
    expect(forbiddenImport("runtime", "subgraphs/agents")).toBeNull();
    expect(folderOf(path.join("subgraphs", "chat", "chatbot", "intents.ts"))).toBe("subgraphs/chat");
    expect(importedFolders(path.join(ROOT, "runtime", "registry.ts")).map(({ folder }) => folder)).toContain(
      "subgraphs/tickets",
    );
  });

  for (const layer of ["subgraphs", "shared", "gateway"]) {
    it(`every non-test file under ${layer}/ imports only what its folder may`, () => {
      const violations = sourceFiles(path.join(ROOT, layer)).flatMap((file) => {
        const from = folderOf(path.relative(ROOT, file));
        return importedFolders(file).flatMap(({ specifier, folder }) => {
          const reason = forbiddenImport(from, folder);
          return reason ? [`${path.relative(ROOT, file)} imports "${specifier}": ${reason}`] : [];
        });
      });
      expect(violations).toEqual([]);
    });
  }
});

/**
 * Finds every internal operation the subgraphs declare (`subgraphs/<caller>/clients/<callee>.ts`,
 * shared ones in `shared/clients/`) and renders the list kept in docs/contracts.md.
 * Used by `npm run docs:contracts` (writes it) and test/internal-contracts.test.ts (checks it).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { registeredInternalOperations, type InternalOperation } from "../shared/contracts.js";

export interface DeclaredOperation {
  /** The subgraph folder whose clients/ declares it ("shared" for calls made from shared/). */
  caller: string;
  file: string;
  operation: InternalOperation<Record<string, unknown>, unknown>;
}

export const ROOT = path.resolve(import.meta.dirname, "..");
export const CONTRACTS_DOC = path.join(ROOT, "docs/contracts.md");
const START = "<!-- internal-operations:start (npm run docs:contracts) -->";
const END = "<!-- internal-operations:end -->";

export function clientModules(): { caller: string; file: string }[] {
  const subgraphs = path.join(ROOT, "subgraphs");
  const callers = [
    ...readdirSync(subgraphs).map((caller) => ({ caller, folder: path.join(subgraphs, caller) })),
    { caller: "shared", folder: path.join(ROOT, "shared") },
  ];
  return callers.flatMap(({ caller, folder }) => {
    const clients = path.join(folder, "clients");
    if (!existsSync(clients)) return [];
    return readdirSync(clients)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .sort()
      .map((file) => ({ caller, file: path.join(clients, file) }));
  });
}

/**
 * Imports every client module, then gives each registered operation to the module whose source
 * declares it (its `query Name` / `mutation Name`). Independent of import order, so it holds
 * when something imported a client before (tests sharing one module graph).
 */
export async function loadDeclaredOperations(): Promise<DeclaredOperation[]> {
  const modules = clientModules();
  for (const { file } of modules) await import(pathToFileURL(file).href);
  const sources = modules.map((module) => ({ ...module, source: readFileSync(module.file, "utf8") }));
  const declared: DeclaredOperation[] = [];
  for (const operation of registeredInternalOperations()) {
    const declaration = new RegExp(`\\b${operation.kind}\\s+${operation.name}\\b`);
    const owner = sources.find(({ source }) => declaration.test(source));
    if (owner) declared.push({ caller: owner.caller, file: path.relative(ROOT, owner.file), operation });
  }
  return declared;
}

export function renderOperationList(declared: DeclaredOperation[]): string {
  const rows = [...declared]
    .sort(
      (a, b) =>
        a.caller.localeCompare(b.caller) ||
        a.operation.callee.localeCompare(b.operation.callee) ||
        a.operation.name.localeCompare(b.operation.name),
    )
    .map(
      ({ caller, file, operation }) =>
        `| ${caller} | ${operation.callee} | \`${operation.name}\` (${operation.kind}) | \`${file}\` |`,
    );
  return [START, "| caller | callee | operation | declared in |", "|---|---|---|---|", ...rows, END].join("\n");
}

/** The document with its generated list replaced (appended under its own heading the first time). */
export function withOperationList(document: string, declared: DeclaredOperation[]): string {
  const list = renderOperationList(declared);
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start >= 0 && end > start) return document.slice(0, start) + list + document.slice(end + END.length);
  return `${document.trimEnd()}\n\n## Every internal operation\n\nGenerated from the clients; \`test/internal-contracts.test.ts\` validates each against the callee's SDL.\n\n${list}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { readFile, writeFile } = await import("node:fs/promises");
  const declared = await loadDeclaredOperations();
  await writeFile(CONTRACTS_DOC, withOperationList(await readFile(CONTRACTS_DOC, "utf8"), declared));
  console.log(`docs/contracts.md: ${declared.length} internal operations listed`);
}

/**
 * `npm run compose`: prints each subgraph's SDL (schema/subgraphs/<name>.graphql), composes
 * them with @apollo/composition into schema/supergraph.graphql (docker-compose hostnames) and
 * schema/supergraph.local.graphql (npm start's ports, for another router run locally), prints the public API
 * schema partners see into schema/api.graphql, and regenerates .env.example
 * from the configuration table. `--check` fails when any checked-in file is stale.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { renderConfigTable, renderEnvExample } from "../shared/config.js";
import { SUBGRAPHS } from "../runtime/registry.js";
import { apiSchemaSdl } from "./schema-docs.js";

const ROOT = path.resolve(import.meta.dirname, "..");

/** URLs baked into the production supergraph: the docker-compose service names. Our gateway overrides them from config. */
const DOCKER_URLS = {
  tickets: "http://tickets:4001/graphql",
  chat: "http://chat:4002/graphql",
  knowledge: "http://knowledge:4003/graphql",
  agents: "http://agents:4004/graphql",
  analytics: "http://analytics:4005/graphql",
};

/** URLs of the local supergraph (`schema/supergraph.local.graphql`): `npm start`'s default ports, for another router run beside it. */
export const LOCAL_URLS = {
  tickets: "http://127.0.0.1:4001/graphql",
  chat: "http://127.0.0.1:4002/graphql",
  knowledge: "http://127.0.0.1:4003/graphql",
  agents: "http://127.0.0.1:4004/graphql",
  analytics: "http://127.0.0.1:4005/graphql",
};

export function composeSupergraph(urls: Record<keyof typeof DOCKER_URLS, string> = DOCKER_URLS): {
  supergraph: string;
  subgraphSdl: Record<string, string>;
} {
  const subgraphSdl: Record<string, string> = {};
  const services = Object.values(SUBGRAPHS).map((definition) => {
    const sdl = printSubgraphSchema(definition.schema);
    subgraphSdl[definition.name] = sdl;
    return { name: definition.name, url: urls[definition.name], typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return { supergraph: result.supergraphSdl, subgraphSdl };
}

/** README.md with the configuration table between its markers regenerated. */
function readmeWithConfigTable(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  return readme.replace(
    /<!-- config:start -->[\s\S]*<!-- config:end -->/,
    `<!-- config:start -->\n${renderConfigTable()}\n<!-- config:end -->`,
  );
}

export function generatedFiles(): Record<string, string> {
  const { supergraph, subgraphSdl } = composeSupergraph();
  const files: Record<string, string> = {
    "schema/supergraph.graphql": supergraph,
    "schema/supergraph.local.graphql": composeSupergraph(LOCAL_URLS).supergraph,
    // The public API schema partners see through the gateway (federation machinery removed); linted by npm run lint:schema.
    "schema/api.graphql": `${apiSchemaSdl(supergraph)}\n`,
    ".env.example": renderEnvExample(),
    "README.md": readmeWithConfigTable(),
  };
  for (const [name, sdl] of Object.entries(subgraphSdl)) files[`schema/subgraphs/${name}.graphql`] = sdl;
  return files;
}

async function main() {
  const check = process.argv.includes("--check");
  const files = generatedFiles();
  const stale: string[] = [];
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(ROOT, relative);
    const current = existsSync(file) ? await readFile(file, "utf8") : null;
    if (current === content) continue;
    stale.push(relative);
    if (!check) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Stale generated files (run npm run compose): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(
    stale.length
      ? `${check ? "Stale" : "Wrote"}: ${stale.join(", ")}`
      : "Supergraph, subgraph SDL and .env.example are up to date.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

// ESLint flat config, two jobs:
// - TypeScript code: typescript-eslint's recommended rules, the type-aware promise rules (an
//   unawaited promise or a promise where a callback returns void loses its failure), and the
//   import boundaries test/boundaries.test.ts checks, so editors flag them as they are typed.
// - The public GraphQL API schema partners see (schema/api.graphql, written by `npm run compose`)
//   with @graphql-eslint's schema-recommended and relay rule sets. Every rule changed from those
//   presets is listed, with the reason, in docs/schema-conventions.md.
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

const SUBGRAPHS = ["tickets", "chat", "knowledge", "agents", "analytics"];
/** Folder depth below `subgraphs/<name>/` (and `gateway/`) the boundary blocks cover. */
const MAX_DEPTH = 4;
const TYPESCRIPT = ["**/*.ts", "**/*.tsx"];
const TESTS = ["**/*.test.ts", "test/**"];

const up = (levels) => "\\.\\./".repeat(levels);

/**
 * `no-restricted-imports` matches the specifier as written, so each depth below a folder gets its
 * own block: from `subgraphs/chat/chatbot/x.ts`, `../../tickets/…` is another subgraph.
 */
function boundaryBlocks(folder, depthToRoot, patternsAt) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`${folder}/${"*/".repeat(depth)}*.ts`],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: patternsAt(depth + depthToRoot) }] },
  }));
}

const subgraphBoundaries = SUBGRAPHS.flatMap((name) =>
  boundaryBlocks(`subgraphs/${name}`, 2, (toRoot) => [
    {
      regex: `^${up(toRoot - 1)}(${SUBGRAPHS.filter((other) => other !== name).join("|")})(/|$)`,
      message:
        "A subgraph never imports another subgraph's folder: call it over GraphQL (subgraphs/<caller>/clients/); shared code lives in shared/.",
    },
    {
      regex: `^${up(toRoot)}(scripts|runtime)(/|$)`,
      message:
        "Code under subgraphs/ never imports scripts/ or runtime/: start-up code and demo data pass what it needs in.",
    },
  ]),
);

const sharedBoundaries = boundaryBlocks("shared", 1, (toRoot) => [
  {
    regex: `^${up(toRoot)}(subgraphs|scripts|runtime)(/|$)`,
    message: "shared/ is used by every subgraph and the gateway: it never imports a subgraph, scripts/ or runtime/.",
  },
]);

const gatewayBoundaries = boundaryBlocks("gateway", 1, (toRoot) => [
  {
    regex: `^${up(toRoot)}subgraphs/`,
    message: "gateway/ imports only shared code (shared/), never a subgraph's folder.",
  },
]);

export default defineConfig([
  globalIgnores(["node_modules/", "dist/", "generated/", "schema/migrations/"]),
  {
    files: TYPESCRIPT,
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // A leading underscore names what is left out on purpose (a rest-destructured field, a parameter a signature needs).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests, benchmarks and the soak read untyped GraphQL responses.
    files: [...TESTS, "scripts/bench/**", "scripts/soak/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...subgraphBoundaries,
  ...sharedBoundaries,
  ...gatewayBoundaries,
  {
    files: ["schema/api.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: "schema/api.graphql" } },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs["flat/schema-recommended"].rules,
      ...graphqlPlugin.configs["flat/schema-relay"].rules,
      // Value types (figures, reports, events, settings, connections) have no identity of their own.
      "@graphql-eslint/strict-id-in-types": "off",
      // Ranked search pages only forward: first/after, never last/before.
      "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
      // Short bounded lists are plain lists; not every paged type is a refetchable Node.
      "@graphql-eslint/relay-edge-types": [
        "error",
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
    },
  },
]);

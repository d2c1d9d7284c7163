// ESLint flat config. It lints the public GraphQL API schema partners see (schema/api.graphql,
// written by `npm run compose`) with @graphql-eslint's schema-recommended and relay rule sets.
// Every rule changed from those presets is listed, with the reason, in docs/schema-conventions.md.
import graphqlPlugin from "@graphql-eslint/eslint-plugin";

export default [
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
      "@graphql-eslint/relay-edge-types": ["error", { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
    },
  },
];

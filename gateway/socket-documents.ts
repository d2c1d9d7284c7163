/**
 * Documents of operations sent over graphql-ws, parsed and validated once per source text.
 * Thousands of dashboards sending the same subscription share one AST — held for as long as
 * each subscription is open — and the query plan cached on it (subscriptions.ts), instead of
 * each holding and planning its own copy. Bounded (oldest out first); long documents and
 * invalid ones are not kept.
 */
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";

const CAPACITY = 500;
/** Longer sources are parsed every time: a few shapes of long document are not what repeats. */
const MAX_CACHED_SOURCE = 8_000;

export class SocketDocuments {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The validated document, or the coded errors to answer with. */
  documentOf(source: string): DocumentNode | GraphQLError[] {
    const cached = this.documents.get(source);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      return [new GraphQLError((error as Error).message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) {
      return errors.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: {
              code: e.extensions?.code === "BAD_USER_INPUT" ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED",
            },
          }),
      );
    }
    if (source.length <= MAX_CACHED_SOURCE) {
      if (this.documents.size >= CAPACITY) this.documents.delete(this.documents.keys().next().value as string);
      this.documents.set(source, document);
    }
    return document;
  }
}

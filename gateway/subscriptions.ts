/**
 * Subscriptions through the gateway. @apollo/gateway executes queries and mutations only, so
 * for a subscription we:
 *   1. plan the operation with the same query planner (a SubscriptionNode: a `primary` fetch to
 *      the subgraph that owns the root field, then the `rest` of the plan for fields other
 *      subgraphs own);
 *   2. open the primary operation as a graphql-ws subscription on that subgraph, carrying the
 *      caller's signed identity;
 *   3. for every event, run the ordinary federated executor on a plan whose first fetch is
 *      answered with the event itself, so entity fields (an Agent's displayName…) are fetched
 *      from their owners exactly as for a query, and the response is shaped the same way.
 */
import { executeQueryPlan, buildOperationContext, type GraphQLDataSource, type ServiceMap } from "@apollo/gateway";
import { Supergraph, operationFromDocument, printSchema } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from "@apollo/query-planner";
import { buildSchema, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { Logger } from "../subgraphs/common/logger.js";
import type { GatewayContext } from "./context.js";

const EVENT_SOURCE = "__subscription_event__";

export interface SubscriptionForwarderOptions {
  supergraphSdl: string;
  dataSources: () => ServiceMap;
  wsUrlOf: (serviceName: string) => string;
  connectionParams: (context: GatewayContext) => Record<string, unknown>;
  logger: Logger;
}

/** A data source that answers the primary fetch with the subgraph's event payload. */
function eventSource(data: Record<string, unknown>): GraphQLDataSource {
  return { process: async () => ({ data }) } as GraphQLDataSource;
}

export class SubscriptionForwarder {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly apiSchema: GraphQLSchema;
  private readonly supergraphSchema: GraphQLSchema;
  /**
   * The API schema rebuilt with this module's graphql instance: the federation packages are
   * CommonJS and carry their own copy of graphql, whose schema objects graphql-ws (ESM) cannot
   * validate against.
   */
  readonly validationSchema: GraphQLSchema;

  constructor(private readonly options: SubscriptionForwarderOptions) {
    this.supergraph = Supergraph.build(options.supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
    this.apiSchema = this.supergraph.apiSchema().toGraphQLJSSchema();
    this.supergraphSchema = this.supergraph.schema.toGraphQLJSSchema();
    this.validationSchema = buildSchema(printSchema(this.supergraph.apiSchema()));
  }

  /** An upstream graphql-ws connection for one client subscription, carrying its identity. */
  private upstream(serviceName: string, context: GatewayContext): Client {
    return createClient({
      url: this.options.wsUrlOf(serviceName),
      webSocketImpl: WebSocket,
      connectionParams: () => this.options.connectionParams(context),
      lazy: true,
      retryAttempts: 0,
    });
  }

  async *subscribe(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, context: GatewayContext): AsyncGenerator<ExecutionResult> {
    const operation = operationFromDocument(this.supergraph.apiSchema(), document, { operationName });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== "Subscription") throw new GraphQLError("Not a subscription operation", { extensions: { code: "BAD_USER_INPUT" } });
    const { primary, rest } = plan.node;
    const upstreamVariables = Object.fromEntries((primary.variableUsages ?? []).map((name) => [name, variables[name]]));
    const client = this.upstream(primary.serviceName, context);
    const events = client.iterate<Record<string, unknown>>({ query: primary.operation, variables: upstreamVariables, operationName: primary.operationName });
    const operationContext = buildOperationContext({ schema: this.apiSchema, operationDocument: document, operationName });
    const requestContext = {
      request: { query: print(document), variables, operationName },
      context,
      logger: { debug() {}, info() {}, warn: (m: unknown) => this.options.logger.warn(String(m)), error: (m: unknown) => this.options.logger.error(String(m)) },
      metrics: {},
      cache: undefined,
      overallCachePolicy: undefined,
    };
    try {
      for await (const event of events) {
        if (event.errors?.length || !event.data) {
          yield { errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { extensions: e.extensions })), data: null };
          continue;
        }
        const primaryFromEvent: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
        const eventPlan: QueryPlan = {
          kind: "QueryPlan",
          node: rest ? ({ kind: "Sequence", nodes: [primaryFromEvent, rest] } satisfies PlanNode) : primaryFromEvent,
        };
        const serviceMap: ServiceMap = { ...this.options.dataSources(), [EVENT_SOURCE]: eventSource(event.data) };
        // The executor's types describe Apollo Server's full request context; it reads only these fields.
        const result = await executeQueryPlan(eventPlan, serviceMap, requestContext as never, operationContext, this.supergraphSchema, this.supergraph.apiSchema());
        yield result as ExecutionResult;
      }
    } catch (error) {
      // Upstream closed with an error (forbidden subscribe, subgraph down): surface it as a GraphQL error.
      const list = Array.isArray(error) ? error : [error];
      yield {
        errors: list.map((e) =>
          e instanceof GraphQLError ? e : new GraphQLError((e as { message?: string; reason?: string }).message ?? (e as { reason?: string }).reason ?? "Subscription failed upstream", { extensions: (e as { extensions?: Record<string, unknown> }).extensions ?? { code: "INTERNAL_SERVER_ERROR" } }),
        ),
      };
    } finally {
      // The upstream socket may already be gone (subgraph shutting down): closing must not throw.
      await Promise.resolve(events.return?.(undefined)).catch(() => undefined);
      await Promise.resolve(client.dispose()).catch(() => undefined);
    }
  }
}

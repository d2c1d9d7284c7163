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
import { createAsyncQueue } from "../subgraphs/common/async-queue.js";
import { serviceUnavailable } from "./subgraph-source.js";

const EVENT_SOURCE = "__subscription_event__";

export interface SubscriptionForwarderOptions {
  supergraphSdl: string;
  dataSources: () => ServiceMap;
  wsUrlOf: (serviceName: string) => string;
  connectionParams: (context: GatewayContext, serviceName: string) => Promise<Record<string, unknown>>;
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
      connectionParams: () => this.options.connectionParams(context, serviceName),
      lazy: true,
      retryAttempts: 0,
    });
  }

  /**
   * The client's event stream. Leaving it (`return()`) unsubscribes upstream at once; events
   * are completed one at a time so they reach the client in the order the subgraph sent them.
   */
  subscribe(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, context: GatewayContext): AsyncIterableIterator<ExecutionResult> {
    const operation = operationFromDocument(this.supergraph.apiSchema(), document, { operationName });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== "Subscription") throw new GraphQLError("Not a subscription operation", { extensions: { code: "BAD_USER_INPUT" } });
    const { primary, rest } = plan.node;
    const upstreamVariables = Object.fromEntries((primary.variableUsages ?? []).map((name) => [name, variables[name]]));
    const operationContext = buildOperationContext({ schema: this.apiSchema, operationDocument: document, operationName });
    const requestContext = {
      request: { query: print(document), variables, operationName },
      context,
      logger: { debug() {}, info() {}, warn: (m: unknown) => this.options.logger.warn(String(m)), error: (m: unknown) => this.options.logger.error(String(m)) },
      metrics: {},
      cache: undefined,
      overallCachePolicy: undefined,
    };
    const primaryFromEvent: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
    const eventPlan: QueryPlan = {
      kind: "QueryPlan",
      node: rest ? ({ kind: "Sequence", nodes: [primaryFromEvent, rest] } satisfies PlanNode) : primaryFromEvent,
    };
    const complete = async (data: Record<string, unknown>): Promise<ExecutionResult> => {
      const serviceMap: ServiceMap = { ...this.options.dataSources(), [EVENT_SOURCE]: eventSource(data) };
      // The executor's types describe Apollo Server's full request context; it reads only these fields.
      return (await executeQueryPlan(eventPlan, serviceMap, requestContext as never, operationContext, this.supergraphSchema, this.supergraph.apiSchema())) as ExecutionResult;
    };

    const client = this.upstream(primary.serviceName, context);
    let unsubscribe: () => void = () => undefined;
    const queue = createAsyncQueue<ExecutionResult>(() => {
      unsubscribe();
      void Promise.resolve(client.dispose()).catch(() => undefined);
    });
    let chain: Promise<void> = Promise.resolve();
    const inOrder = (step: () => Promise<void> | void) => {
      chain = chain.then(step).catch((error) => {
        this.options.logger.error("subscription event failed", { error });
        queue.push({ errors: [new GraphQLError("Internal server error", { extensions: { code: "INTERNAL_SERVER_ERROR" } })] });
      });
    };
    unsubscribe = client.subscribe<Record<string, unknown>>(
      { query: primary.operation, variables: upstreamVariables, operationName: primary.operationName },
      {
        next: (event) =>
          inOrder(async () => {
            if (event.errors?.length || !event.data) {
              queue.push({ errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { extensions: e.extensions })), data: null });
              return;
            }
            queue.push(await complete(event.data));
          }),
        // Upstream closed with an error (forbidden subscribe, subgraph down): surface it as a GraphQL error.
        error: (error) =>
          inOrder(() => {
            queue.push({ errors: upstreamErrors(error) });
            queue.end();
          }),
        complete: () => inOrder(() => queue.end()),
      },
    );
    return queue.iterator;
  }
}

/** Why an upstream subscription ended: the subgraph's own coded errors, else it is unavailable (retryable). */
function upstreamErrors(error: unknown): GraphQLError[] {
  const list = Array.isArray(error) ? error : [error];
  return list.map((e) => {
    if (e instanceof GraphQLError) return e;
    const coded = e as { message?: string; extensions?: Record<string, unknown> };
    if (typeof coded.message === "string" && typeof coded.extensions?.code === "string") return new GraphQLError(coded.message, { extensions: coded.extensions });
    // A socket that closed or failed to open (a CloseEvent or an Error): the subgraph is away.
    return serviceUnavailable();
  });
}

/**
 * Subscriptions through the gateway. @apollo/gateway executes queries and mutations only, so
 * for a subscription we:
 *   1. plan the operation with the same query planner (a SubscriptionNode: a `primary` fetch to
 *      the subgraph that owns the root field, then the `rest` of the plan for fields other
 *      subgraphs own);
 *   2. open the primary operation on the gateway's one graphql-ws connection to that subgraph
 *      (upstream.ts), naming the caller so the subgraph authorises and runs it as them;
 *   3. for every event, run the ordinary federated executor on a plan whose first fetch is
 *      answered with the event itself, so entity fields (an Agent's displayName…) are fetched
 *      from their owners exactly as for a query, and the response is shaped the same way.
 *
 * Clients asking for the same thing share it (subscription-sharing.ts): one upstream
 * subscription and one completed event per group, fanned out to every member. The last member
 * leaving unsubscribes upstream.
 */
import { executeQueryPlan, buildOperationContext, type GraphQLDataSource, type ServiceMap } from "@apollo/gateway";
import { Supergraph, operationFromDocument, printSchema } from "@apollo/federation-internals";
import {
  QueryPlanner,
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  type SubscriptionNode,
} from "@apollo/query-planner";
import {
  buildSchema,
  GraphQLError,
  Kind,
  print,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { Logger } from "../shared/logger.js";
import { AppError } from "../shared/errors.js";
import type { CallerExtension } from "../shared/server.js";
import type { GatewayContext } from "./context.js";
import { serviceUnavailable } from "./subgraph-source.js";
import { EventFrames, QueuedMember, SocketMember, type Member, type SocketTarget } from "./subscription-members.js";
import { audienceKey, STATE_STREAMS } from "./subscription-sharing.js";
import type { UpstreamConnections } from "./upstream.js";

const EVENT_SOURCE = "__subscription_event__";
/** Members handed one event before the gateway lets other work run (see broadcast). */
const FANOUT_SLICE = 500;

export interface SubscriptionForwarderOptions {
  supergraphSdl: string;
  dataSources: () => ServiceMap;
  upstream: UpstreamConnections;
  logger: Logger;
  /** Open subscriptions one caller (identity, or address when anonymous) may hold on this gateway. */
  maxPerCaller: number;
}

/** A data source that answers the primary fetch with the subgraph's event payload. */
function eventSource(data: Record<string, unknown>): GraphQLDataSource {
  return { process: async () => ({ data }) } as GraphQLDataSource;
}

interface PlannedSubscription {
  node: SubscriptionNode;
  rootField: string;
  printed: string;
}

/** Clients sharing one upstream subscription. */
interface Group {
  key: string;
  members: Set<Member>;
  unsubscribe: () => void;
  /** The last event, for streams whose every event is the whole current state (given to joiners at once). */
  latest: EventFrames | null;
  keepsLatest: boolean;
}

export class SubscriptionForwarder {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly apiSchema: GraphQLSchema;
  private readonly supergraphSchema: GraphQLSchema;
  private readonly groups = new Map<string, Group>();
  private readonly perCaller = new Map<string, number>();
  /** Plans by document (weakly: a document no open operation holds takes its plans with it). */
  private readonly plans = new WeakMap<DocumentNode, Map<string | null, PlannedSubscription>>();
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

  /** Groups and members open now (for tests and the operator). */
  get stats(): { groups: number; members: number } {
    let members = 0;
    for (const group of this.groups.values()) members += group.members.size;
    return { groups: this.groups.size, members };
  }

  /**
   * The client's event stream. Leaving it (`return()`) leaves the group at once (the last one
   * out unsubscribes upstream); events reach every member in the order the subgraph sent them.
   * With `target` (a graphql-ws socket and operation id) events are written to that socket as
   * ready-made `next` frames and the returned stream only ends; without it, they are yielded.
   */
  subscribe(
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    context: GatewayContext,
    target?: SocketTarget,
  ): AsyncIterableIterator<ExecutionResult> {
    const { node, rootField, printed } = this.planned(document, operationName);
    const caller = context.identity.subject
      ? `${context.identity.role}:${context.identity.subject}`
      : `address:${context.client.address ?? "unknown"}`;
    const held = this.perCaller.get(caller) ?? 0;
    if (held >= this.options.maxPerCaller) {
      throw new AppError(
        "RATE_LIMITED",
        `At most ${this.options.maxPerCaller} open subscriptions per caller; close some first`,
        { limit: "maxSubscriptionsPerCaller", max: this.options.maxPerCaller },
      );
    }
    this.perCaller.set(caller, held + 1);

    const key = JSON.stringify([
      printed,
      operationName ?? null,
      variables,
      context.acceptLanguage ?? null,
      audienceKey(rootField, context.identity),
    ]);
    const joined =
      this.groups.get(key) ??
      this.open(key, node, document, variables, operationName, context, STATE_STREAMS.has(rootField));
    const leave = () => {
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.perCaller.set(caller, left);
      else this.perCaller.delete(caller);
      joined.members.delete(member);
      if (joined.members.size === 0 && this.groups.get(joined.key) === joined) {
        this.groups.delete(joined.key);
        joined.unsubscribe();
      }
    };
    // A dashboard joining an open stream of states gets the current one now, as the first subscriber did.
    const member: Member = target ? new SocketMember(target, leave, joined.latest) : new QueuedMember(leave);
    joined.members.add(member);
    if (!target && joined.latest) member.deliver(joined.latest);
    return member.iterator;
  }

  /**
   * The operation's plan, root field and printed text, computed once per document and operation
   * name: identical subscriptions of many clients arrive as one shared document (socket-documents.ts).
   */
  private planned(document: DocumentNode, operationName: string | undefined): PlannedSubscription {
    let byName = this.plans.get(document);
    if (!byName) this.plans.set(document, (byName = new Map()));
    const cached = byName.get(operationName ?? null);
    if (cached) return cached;
    const operation = operationFromDocument(this.supergraph.apiSchema(), document, { operationName });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== "Subscription")
      throw new GraphQLError("Not a subscription operation", { extensions: { code: "BAD_USER_INPUT" } });
    const planned: PlannedSubscription = {
      node: plan.node,
      rootField: rootFieldOf(document, operationName),
      printed: print(document),
    };
    byName.set(operationName ?? null, planned);
    return planned;
  }

  private open(
    key: string,
    node: SubscriptionNode,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    context: GatewayContext,
    keepsLatest: boolean,
  ): Group {
    const { primary, rest } = node;
    const complete = this.completer(primary, rest, document, variables, operationName, context);
    const group: Group = { key, members: new Set(), unsubscribe: () => undefined, latest: null, keepsLatest };
    this.groups.set(key, group);
    /**
     * Hands `result` to every member, FANOUT_SLICE at a time with a turn of the event loop between
     * slices: each push writes to a client socket, and 10,000 at once would hold every other
     * request (and its subgraph timeout) behind them. Awaited in the group's chain, so members
     * still get events in order.
     */
    const broadcast = async (result: ExecutionResult | EventFrames) => {
      // Serialised at most once for the whole group, however many members it has.
      const frames = result instanceof EventFrames ? result : new EventFrames(result);
      let pushed = 0;
      for (const member of [...group.members]) {
        member.deliver(frames);
        if (++pushed % FANOUT_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const finish = () => {
      if (this.groups.get(key) === group) this.groups.delete(key);
      for (const member of [...group.members]) member.end();
    };
    let chain: Promise<void> = Promise.resolve();
    const inOrder = (step: () => Promise<void> | void) => {
      chain = chain.then(step).catch((error) => {
        this.options.logger.error("subscription event failed", { error });
        return broadcast({
          errors: [new GraphQLError("Internal server error", { extensions: { code: "INTERNAL_SERVER_ERROR" } })],
        });
      });
    };
    const caller: CallerExtension = {
      identity: context.identity.role === "anonymous" ? null : context.identity,
      acceptLanguage: context.acceptLanguage,
      client: context.client,
    };
    const upstreamVariables = Object.fromEntries((primary.variableUsages ?? []).map((name) => [name, variables[name]]));
    group.unsubscribe = this.options.upstream.of(primary.serviceName).subscribe<Record<string, unknown>>(
      {
        query: primary.operation,
        variables: upstreamVariables,
        operationName: primary.operationName,
        extensions: { caller },
      },
      {
        next: (event) =>
          inOrder(async () => {
            if (event.errors?.length || !event.data) {
              await broadcast({
                errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { extensions: e.extensions })),
                data: null,
              });
              return;
            }
            // Completed once for the whole group: every member asked for exactly this.
            const result = new EventFrames(await complete(event.data));
            if (group.keepsLatest && !result.result.errors?.length) group.latest = result;
            await broadcast(result);
          }),
        // Upstream closed with an error (forbidden subscribe, subgraph gone): surface it as a GraphQL error.
        error: (error) =>
          inOrder(async () => {
            await broadcast({ errors: upstreamErrors(error) });
            finish();
          }),
        complete: () => inOrder(finish),
      },
    );
    return group;
  }

  /** Completes one upstream event into the client's response: the rest of the plan, run on it. */
  private completer(
    primary: FetchNode,
    rest: PlanNode | undefined,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    context: GatewayContext,
  ) {
    const operationContext = buildOperationContext({
      schema: this.apiSchema,
      operationDocument: document,
      operationName,
    });
    const requestContext = {
      request: { query: print(document), variables, operationName },
      context,
      logger: {
        debug() {},
        info() {},
        warn: (m: unknown) => this.options.logger.warn(String(m)),
        error: (m: unknown) => this.options.logger.error(String(m)),
      },
      metrics: {},
      cache: undefined,
      overallCachePolicy: undefined,
    };
    const primaryFromEvent: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
    const eventPlan: QueryPlan = {
      kind: "QueryPlan",
      node: rest ? ({ kind: "Sequence", nodes: [primaryFromEvent, rest] } satisfies PlanNode) : primaryFromEvent,
    };
    return async (data: Record<string, unknown>): Promise<ExecutionResult> => {
      const serviceMap: ServiceMap = { ...this.options.dataSources(), [EVENT_SOURCE]: eventSource(data) };
      // The executor's types describe Apollo Server's full request context; it reads only these fields.
      return (await executeQueryPlan(
        eventPlan,
        serviceMap,
        requestContext as never,
        operationContext,
        this.supergraphSchema,
        this.supergraph.apiSchema(),
      )) as ExecutionResult;
    };
  }
}

/** The name of the subscription's root field (a subscription has exactly one). */
function rootFieldOf(document: DocumentNode, operationName: string | undefined): string {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : "";
}

/** Why an upstream subscription ended: the subgraph's own coded errors, else it is unavailable (retryable). */
function upstreamErrors(error: unknown): GraphQLError[] {
  const list = Array.isArray(error) ? error : [error];
  return list.map((e) => {
    if (e instanceof GraphQLError) return e;
    const coded = e as { message?: string; extensions?: Record<string, unknown> };
    if (typeof coded.message === "string" && typeof coded.extensions?.code === "string")
      return new GraphQLError(coded.message, { extensions: coded.extensions });
    // A socket that closed or failed to open (a CloseEvent or an Error): the subgraph is away.
    return serviceUnavailable();
  });
}

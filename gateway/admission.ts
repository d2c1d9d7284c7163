/**
 * Admission of one operation at the gateway, for HTTP and graphql-ws alike: the caller's
 * operation limits (stricter when anonymous), then the rate-limit charge by estimated cost —
 * all before Apollo validates or plans anything.
 */
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Config } from "../shared/config.js";
import { AppError, rateLimited } from "../shared/errors.js";
import type { Identity } from "../shared/identity.js";
import type { GatewayContext } from "./context.js";
import { measureOperation, parseWithinLimit, rateLimitCharge, type OperationLimits } from "./operation-limits.js";
import type { RateLimiter } from "./rate-limit.js";

/** What a client sends: a document (or an automatic-persisted-query hash), variables, a name. */
export interface OperationRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

const DOCUMENT_CACHE_SIZE = 2000;
/** No input type of the graph nests deeper than this; deeper variables are refused unread. */
const MAX_VARIABLE_DEPTH = 32;

/** How deep a JSON value nests, stopping early once past the limit. */
function nestingDepth(value: unknown, depth = 0): number {
  if (depth > MAX_VARIABLE_DEPTH || value === null || typeof value !== "object") return depth;
  let deepest = depth + 1;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, nestingDepth(item, depth + 1));
    if (deepest > MAX_VARIABLE_DEPTH) break;
  }
  return deepest;
}

export function operationLimitsOf(config: Config): { signedIn: OperationLimits; anonymous: OperationLimits } {
  return {
    signedIn: {
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxRootFields: config.MAX_QUERY_ROOT_FIELDS,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxCost: config.MAX_QUERY_COST,
      maxResponseBytes: config.MAX_RESPONSE_BYTES,
    },
    anonymous: {
      maxDepth: config.ANONYMOUS_MAX_QUERY_DEPTH,
      maxAliases: config.ANONYMOUS_MAX_QUERY_ALIASES,
      maxRootFields: config.ANONYMOUS_MAX_QUERY_ROOT_FIELDS,
      maxTokens: config.ANONYMOUS_MAX_QUERY_TOKENS,
      maxCost: config.ANONYMOUS_MAX_QUERY_COST,
      maxResponseBytes: config.ANONYMOUS_MAX_RESPONSE_BYTES,
    },
  };
}

/** The rate-limit key of a caller: their token's subject, else their address. */
export const rateLimitKey = (context: Pick<GatewayContext, "identity" | "client">) =>
  context.identity.subject
    ? `${context.identity.role}:${context.identity.subject}`
    : `address:${context.client.address ?? "unknown"}`;

export class Admission {
  private readonly limits: { signedIn: OperationLimits; anonymous: OperationLimits };
  /** Parsed documents by source text, and sources by APQ hash (both bounded, oldest out first). */
  private readonly documents = new Map<string, DocumentNode | null>();
  private readonly persisted = new Map<string, string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly config: Config,
    private readonly limiter: RateLimiter,
  ) {
    this.limits = operationLimitsOf(config);
  }

  limitsFor(identity: Identity): OperationLimits {
    return identity.role === "anonymous" ? this.limits.anonymous : this.limits.signedIn;
  }

  /**
   * Checks `request` against the caller's limits and charges its cost (less `alreadyCharged`
   * points). Throws QUERY_TOO_COMPLEX or RATE_LIMITED; leaves malformed requests to Apollo.
   */
  async admit(context: GatewayContext, request: OperationRequest, alreadyCharged = 0): Promise<void> {
    const source = this.sourceOf(request);
    if (source === null) return;
    const limits = this.limitsFor(context.identity);
    const document = this.parse(source, limits.maxTokens);
    if (!document) return;
    const variables =
      typeof request.variables === "object" && request.variables !== null
        ? (request.variables as Record<string, unknown>)
        : {};
    const operationName = typeof request.operationName === "string" ? request.operationName : null;
    if (nestingDepth(variables) > MAX_VARIABLE_DEPTH)
      throw new AppError("BAD_USER_INPUT", `Variables nest deeper than ${MAX_VARIABLE_DEPTH} levels`);
    const measure = measureOperation(document, this.schema, { operationName, variables, limits });
    if (!measure) {
      throw new AppError(
        "OPERATION_RESOLUTION_FAILURE",
        operationName
          ? `Unknown operation named "${operationName}"`
          : "The document has several operations; say which with operationName",
      );
    }
    const wait = await this.limiter.take(
      rateLimitKey(context),
      rateLimitCharge(measure.cost, this.config.RATE_LIMIT_COST_PER_POINT) - alreadyCharged,
    );
    if (wait > 0) throw rateLimited(wait);
  }

  /** The document's text: sent, or registered earlier under its APQ hash. */
  private sourceOf(request: OperationRequest): string | null {
    const hash = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
      ?.sha256Hash;
    if (typeof request.query === "string") {
      if (typeof hash === "string") remember(this.persisted, hash, request.query);
      return request.query;
    }
    if (typeof hash !== "string") return null;
    const known = this.persisted.get(hash);
    // Unknown to the gateway's limits: the client sends the full document next (APQ protocol).
    if (known === undefined) throw new AppError("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    return known;
  }

  private parse(source: string, maxTokens: number): DocumentNode | null {
    // Keyed by the token limit too: a document within a signed-in caller's may exceed an anonymous one's.
    const key = `${maxTokens}:${source}`;
    const cached = this.documents.get(key);
    if (cached !== undefined) return cached;
    const document = parseWithinLimit(source, maxTokens);
    remember(this.documents, key, document);
    return document;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= DOCUMENT_CACHE_SIZE) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

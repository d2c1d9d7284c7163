/**
 * The one Pothos builder recipe every subgraph uses: federation (with directives), relay-style
 * connections, scope-based authorization, and the shared scalars. Each subgraph calls
 * `createSubgraphBuilder<ItsContext>()` and gets an identically configured builder.
 */
import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import FederationPlugin from "@pothos/plugin-federation";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { BaseContext } from "./context.js";
import { AppError } from "./errors.js";
import { DATE_TIME_DESCRIPTION, parseDateTime, parseDateTimeLiteral, serializeDateTime } from "./date-time.js";
import { isStaff, isSupervisor } from "./identity.js";
import { enforceInputLimits } from "./input-limits.js";
import { enforceSupportedLanguages } from "./language-arguments.js";
import { INPUT_LIMITS_PLUGIN } from "./input-limits-plugin.js";
import { enforceFeatureSwitches, type FeatureOfField } from "./features.js";
import { CONNECTION_DESCRIPTIONS } from "./pagination-descriptions.js";

export interface AuthScopes {
  /** Any caller with a valid token. */
  authenticated: boolean;
  customer: boolean;
  /** agent, supervisor or admin. */
  staff: boolean;
  /** supervisor or admin. */
  supervisor: boolean;
  admin: boolean;
  /** Another subgraph calling with a service identity. */
  service: boolean;
}

export interface SubgraphSchemaTypes<Context extends BaseContext> {
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}

const roleRefusal = (code: "UNAUTHENTICATED" | "FORBIDDEN", message: string) =>
  new AppError(code, message, { reason: "role" });

/** The root types' descriptions, the same in every subgraph (composition keeps one). */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'Reads. Each field says who may call it; a caller without the role gets UNAUTHENTICATED (anonymous) or FORBIDDEN, with extensions.reason "role".',
  Mutation:
    "Writes. Each field says who may call it and which error codes it returns; a refused write changes nothing.",
  Subscription:
    "Live streams over graphql-ws. Access is checked when the stream opens: a refused caller gets one coded error and the stream ends.",
} as const;

export const FEDERATION_LINK = "https://specs.apollo.dev/federation/v2.6";

export function createSubgraphBuilder<Context extends BaseContext>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context>>({
    plugins: [ScopeAuthPlugin, DirectivesPlugin, RelayPlugin, FederationPlugin, INPUT_LIMITS_PLUGIN],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (context) => {
        const { identity } = context;
        return {
          authenticated: identity.role !== "anonymous",
          customer: identity.role === "customer",
          staff: isStaff(identity),
          supervisor: isSupervisor(identity),
          admin: identity.role === "admin",
          service: identity.role === "service",
        };
      },
      // A subscription's scopes are checked when it is opened: a caller without them gets one
      // coded error and the stream ends, instead of an open stream with an error per event.
      authorizeOnSubscribe: true,
      // `reason: "role"` tells a client (and the access-matrix test) that the caller's role may not
      // use this field at all, as opposed to a refusal about one particular record.
      unauthorizedError: (_parent, context) =>
        context.identity.role === "anonymous"
          ? roleRefusal("UNAUTHENTICATED", "Sign in to do this")
          : roleRefusal("FORBIDDEN", "Your role may not do this"),
    },
    relay: {
      clientMutationId: "omit",
      cursorType: "String",
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      pageInfoTypeOptions: {
        shareable: true,
        description:
          "Where a page of a cursor connection sits in the whole list, and the cursors to fetch the pages either side of it.",
      },
      ...CONNECTION_DESCRIPTIONS,
    },
  });

  builder.scalarType("DateTime", {
    description: DATE_TIME_DESCRIPTION,
    serialize: serializeDateTime,
    parseValue: parseDateTime,
    parseLiteral: parseDateTimeLiteral,
  });

  builder.scalarType("JSON", {
    description: "Arbitrary JSON value",
    serialize: (value) => value,
    parseValue: (value) => value,
  });

  return builder;
}

/**
 * The subgraph's executable schema: Pothos's federated schema with the input limits applied, then
 * the supported-language rule (limits check first: an oversized value is refused as oversized).
 */
export function buildSubgraphSchema<Context extends BaseContext>(
  builder: ReturnType<typeof createSubgraphBuilder<Context>>,
  features?: FeatureOfField,
) {
  const schema = enforceInputLimits(enforceSupportedLanguages(builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK })));
  // Capability switches check first: a switched-off capability refuses before anything else runs.
  return features ? enforceFeatureSwitches(schema, features) : schema;
}

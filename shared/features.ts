/**
 * Capability switches (SUPPORT_SYSTEM_ENABLED, CHAT_SYSTEM_ENABLED, KNOWLEDGE_BASE_ENABLED,
 * AI_CHATBOT_ENABLED). A switched-off capability keeps its schema — the supergraph composes the
 * same — but its root fields refuse with the coded error FEATURE_DISABLED naming the variable.
 * Federation plumbing (`_service`, `_entities`) keeps answering so the graph stays whole.
 * The switch is read per call, from the services' configuration.
 */
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Config } from "./config.js";
import { AppError } from "./errors.js";

export type FeatureSwitch =
  "SUPPORT_SYSTEM_ENABLED" | "CHAT_SYSTEM_ENABLED" | "KNOWLEDGE_BASE_ENABLED" | "AI_CHATBOT_ENABLED";

const FEATURE_NAMES: Record<FeatureSwitch, string> = {
  SUPPORT_SYSTEM_ENABLED: "The ticket system",
  CHAT_SYSTEM_ENABLED: "Live chat",
  KNOWLEDGE_BASE_ENABLED: "The knowledge base",
  AI_CHATBOT_ENABLED: "The AI chatbot",
};

export const featureDisabled = (feature: FeatureSwitch, field?: string) =>
  new AppError("FEATURE_DISABLED", `${FEATURE_NAMES[feature]} is switched off on this deployment (${feature}=false)`, {
    variable: feature,
    ...(field ? { field } : {}),
  });

export const featureEnabled = (config: Pick<Config, FeatureSwitch>, feature: FeatureSwitch) =>
  config[feature] !== false;

/** Throws FEATURE_DISABLED when `feature` is switched off. */
export function assertFeatureEnabled(
  config: Pick<Config, FeatureSwitch>,
  feature: FeatureSwitch,
  field?: string,
): void {
  if (!featureEnabled(config, feature)) throw featureDisabled(feature, field);
}

/** Which switch governs a root field (null: none). */
export type FeatureOfField = (rootType: "Query" | "Mutation" | "Subscription", field: string) => FeatureSwitch | null;

/** Every root field of `rootTypes` governed by the one switch. */
export const wholeSubgraph =
  (feature: FeatureSwitch): FeatureOfField =>
  () =>
    feature;

/**
 * Wraps the root fields of `schema` (in place) so that each checks its switch on every call,
 * before authorization or any other work. Context must carry the configuration (`config`).
 */
export function enforceFeatureSwitches(schema: GraphQLSchema, featureOf: FeatureOfField): GraphQLSchema {
  const roots = [
    ["Query", schema.getQueryType()],
    ["Mutation", schema.getMutationType()],
    ["Subscription", schema.getSubscriptionType()],
  ] as const;
  for (const [rootName, type] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith("_")) continue;
      const feature = featureOf(rootName, field.name);
      if (!feature) continue;
      const check = (context: unknown) => {
        const config = (context as { config?: Pick<Config, FeatureSwitch> } | null)?.config;
        if (config) assertFeatureEnabled(config, feature);
      };
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(context);
        return resolve(source, args, context, info);
      };
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, context, info) => {
          check(context);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

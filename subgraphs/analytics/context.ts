import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";

export function createAnalyticsLoaders(_services: SubgraphServices) {
  return {};
}

export type AnalyticsContext = RequestContext<ReturnType<typeof createAnalyticsLoaders>>;

export const createAnalyticsContext = (base: BaseContext, services: SubgraphServices): AnalyticsContext =>
  requestContext(base, services, createAnalyticsLoaders(services));

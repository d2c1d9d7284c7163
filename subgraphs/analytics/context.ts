import type { BaseContext, RequestContext, SubgraphServices } from "../common/context.js";
import { requestContext } from "../common/context.js";

export function createAnalyticsLoaders(_services: SubgraphServices) {
  return {};
}

export type AnalyticsContext = RequestContext<ReturnType<typeof createAnalyticsLoaders>>;

export const createAnalyticsContext = (base: BaseContext, services: SubgraphServices): AnalyticsContext =>
  requestContext(base, services, createAnalyticsLoaders(services));

/**
 * Typed contracts between subgraphs. Every internal call is declared once, in the caller's
 * `clients/<callee>.ts`, as an `internalOperation<Variables, Result>(callee, document)`; domain
 * code calls the typed function that module exports, never a GraphQL string of its own.
 *
 * Declaring an operation registers it, so `test/internal-contracts.test.ts` can validate every
 * document against the callee's published SDL (schema/subgraphs/<callee>.graphql): renaming or
 * retyping an internal field breaks the build, not production. `npm run docs:contracts` lists them
 * in docs/contracts.md.
 */
import { parse, type OperationDefinitionNode } from "graphql";
import type { SubgraphName } from "./config.js";
import type { InternalCallOptions, InternalClient } from "./internal-client.js";

export interface InternalOperation<TVariables extends Record<string, unknown>, TResult> {
  readonly callee: SubgraphName;
  /** The document's operation name, unique across the project. */
  readonly name: string;
  readonly kind: "query" | "mutation";
  readonly document: string;
  /** Carries the types only; never set. */
  readonly __types?: { variables: TVariables; result: TResult };
}

const registered = new Map<string, InternalOperation<Record<string, unknown>, unknown>>();

/** Every operation declared so far (the contract test imports all clients, then reads this). */
export function registeredInternalOperations(): readonly InternalOperation<Record<string, unknown>, unknown>[] {
  return [...registered.values()];
}

export function internalOperation<TVariables extends Record<string, unknown>, TResult>(
  callee: SubgraphName,
  document: string,
): InternalOperation<TVariables, TResult> {
  const definitions = parse(document).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition",
  );
  if (definitions.length !== 1) throw new Error(`an internal operation holds exactly one operation (${callee})`);
  const [definition] = definitions;
  const name = definition.name?.value;
  if (!name) throw new Error(`an internal operation to ${callee} needs an operation name`);
  if (definition.operation === "subscription") throw new Error(`${name}: internal calls are queries or mutations`);
  const existing = registered.get(name);
  if (existing && existing.document !== document) throw new Error(`two internal operations are named ${name}`);
  const operation: InternalOperation<TVariables, TResult> = { callee, name, kind: definition.operation, document };
  registered.set(name, operation);
  return operation;
}

/** Runs a declared operation on its callee (signed service identity, timeout: see internal-client.ts). */
export function callInternal<TVariables extends Record<string, unknown>, TResult>(
  internal: InternalClient,
  operation: InternalOperation<TVariables, TResult>,
  variables: TVariables,
  options?: InternalCallOptions,
): Promise<TResult> {
  return internal.request<TResult>(operation.callee, operation.document, variables, options);
}

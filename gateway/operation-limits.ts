/**
 * Operation limits, checked by the gateway before Apollo validates or plans anything: how deep
 * a document nests, how many aliases and root fields it has once its fragments are expanded,
 * how many tokens it is, and an estimate of what it costs — every field 1, times the page size
 * (`first`/`last`) or an assumed list length for each list it sits in. A document over a limit is
 * refused with QUERY_TOO_COMPLEX naming the limit; the estimate is also what the rate limiter
 * charges. Expansion stops as soon as a limit is passed, so a hostile document costs at most the
 * limit's worth of work.
 *
 * Introspection (`__schema`, `__type`) is answered by the gateway from its own schema and is not
 * counted towards depth or cost; its size is bounded by the token limit.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { AppError } from "../shared/errors.js";
import { MAX_PAGE_SIZE } from "../shared/pagination.js";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxCost: number;
  maxResponseBytes: number;
}

export type LimitName = keyof OperationLimits;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/** Items assumed in a list whose size no argument states. */
export const ASSUMED_LIST_SIZE = 10;
/** Page size assumed for a connection asked for without `first`/`last`. */
export const ASSUMED_PAGE_SIZE = 20;

export function tooComplex(limit: LimitName, max: number, actual?: number): AppError {
  const measured = actual === undefined ? "" : ` (this operation: ${actual})`;
  return new AppError(
    "QUERY_TOO_COMPLEX",
    `Operation exceeds ${limit} = ${max}${measured}; split it or ask for fewer items`,
    {
      limit,
      max,
      ...(actual === undefined ? {} : { actual }),
    },
  );
}

/** Parses `source`, refusing it past `maxTokens`; other syntax errors are left to the server (null). */
export function parseWithinLimit(source: string, maxTokens: number): DocumentNode | null {
  try {
    return parse(source, { maxTokens, noLocation: true });
  } catch (error) {
    if (/more th(?:an|at) \d+ tokens/i.test((error as Error).message)) throw tooComplex("maxTokens", maxTokens);
    return null;
  }
}

class Measurer {
  aliases = 0;
  rootFields = 0;
  depth = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly limits: OperationLimits,
  ) {}

  /** Cost of `selections` on `type` (null when the schema does not know it: validation will refuse). */
  cost(
    selections: SelectionSetNode,
    type: GraphQLNamedType | null,
    depth: number,
    inPage: boolean,
    fragmentPath: string[],
  ): number {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, type, depth, inPage, fragmentPath);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (this.schema.getType(selection.typeCondition.name.value) ?? null) : type;
        total += this.cost(selection.selectionSet, on, depth, inPage, fragmentPath);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        // An unknown or cyclic spread is a validation error; Apollo reports it.
        if (!fragment || fragmentPath.includes(name)) continue;
        total += this.cost(
          fragment.selectionSet,
          this.schema.getType(fragment.typeCondition.name.value) ?? null,
          depth,
          inPage,
          [...fragmentPath, name],
        );
      }
      if (total > this.limits.maxCost) throw tooComplex("maxCost", this.limits.maxCost);
    }
    return total;
  }

  private fieldCost(
    node: FieldNode,
    parent: GraphQLNamedType | null,
    depth: number,
    inPage: boolean,
    fragmentPath: string[],
  ): number {
    if (node.alias) {
      this.aliases++;
      if (this.aliases > this.limits.maxAliases) throw tooComplex("maxAliases", this.limits.maxAliases);
    }
    if (depth === 1) {
      this.rootFields++;
      if (this.rootFields > this.limits.maxRootFields) throw tooComplex("maxRootFields", this.limits.maxRootFields);
    }
    const name = node.name.value;
    if (name.startsWith("__")) return 0;
    if (depth > this.depth) {
      this.depth = depth;
      if (depth > this.limits.maxDepth) throw tooComplex("maxDepth", this.limits.maxDepth);
    }
    const field =
      parent && "getFields" in parent
        ? ((parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] ?? null)
        : null;
    if (!node.selectionSet) return 1;
    const returns = field ? getNamedType(field.type) : null;
    const pageSize = this.pageSize(node, field);
    const isList = field ? isListType(getNullableType(field.type)) : false;
    // A connection's page size counts once: its `edges`/`nodes` lists are that page.
    const multiplier =
      pageSize ?? (isList ? (inPage && (name === "edges" || name === "nodes") ? 1 : ASSUMED_LIST_SIZE) : 1);
    const children = this.cost(node.selectionSet, returns, depth + 1, pageSize !== null, fragmentPath);
    return 1 + multiplier * children;
  }

  /** `first`/`last` of a paged field (a connection), or null when the field is not paged. */
  private pageSize(node: FieldNode, field: GraphQLField<unknown, unknown> | null): number | null {
    if (!field || !field.args.some((arg) => arg.name === "first" || arg.name === "last")) return null;
    let size: number | null = null;
    for (const name of ["first", "last"]) {
      const argument = node.arguments?.find((a) => a.name.value === name);
      const value = argument ? this.valueOf(argument.value) : field.args.find((a) => a.name === name)?.defaultValue;
      if (typeof value === "number" && Number.isFinite(value)) size = Math.max(size ?? 0, value);
    }
    // Subgraphs refuse pages over MAX_PAGE_SIZE themselves (BAD_USER_INPUT): no page costs more.
    return Math.min(MAX_PAGE_SIZE, Math.max(1, size ?? ASSUMED_PAGE_SIZE));
  }

  private valueOf(value: ValueNode): unknown {
    if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return this.variables[value.name.value];
    return null;
  }
}

/**
 * Measures the operation `operationName` of `document` against `limits`; throws
 * QUERY_TOO_COMPLEX at the first limit passed. Returns null when the operation cannot be
 * chosen (no such name, several without a name): the server answers that.
 */
export function measureOperation(
  document: DocumentNode,
  schema: GraphQLSchema,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null; limits: OperationLimits },
): OperationMeasure | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = options.operationName
    ? operations.find((o) => o.name?.value === options.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const measurer = new Measurer(schema, fragments, options.variables ?? {}, options.limits);
  const cost = measurer.cost(operation.selectionSet, root ?? null, 1, false, []);
  return { depth: measurer.depth, aliases: measurer.aliases, rootFields: measurer.rootFields, cost };
}

/** Rate-limit tokens an operation costs: 1, plus 1 per `costPerToken` of estimated cost. */
export const rateLimitCharge = (cost: number, costPerToken: number) => 1 + Math.floor(cost / costPerToken);

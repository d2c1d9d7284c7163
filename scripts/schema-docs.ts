/**
 * The public API schema (what partners see through the gateway) and the checks that keep it
 * documented and consistently named: description coverage and naming conventions
 * (docs/schema-conventions.md). Used by test/schema-descriptions.test.ts and `npm run compose`.
 */
import { Supergraph, printSchema } from "@apollo/federation-internals";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/** The API schema of a composed supergraph, printed as SDL (federation machinery removed). */
export function apiSchemaSdl(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema());
}

export interface DescribedElement {
  /** Schema coordinate, e.g. `Query.ticket(id:)` or `TicketStatus.OPEN`. */
  coordinate: string;
  described: boolean;
  root: boolean;
}

/** The "Limit: …" sentence the input-limits plugin appends by itself (shared/input-limits.ts). */
const GENERATED_LIMIT = /\s*Limit: [^\n]*$/;

/** Written text: a description that is only the generated limit sentence does not count. */
function hasText(description: string | null | undefined): boolean {
  return typeof description === "string" && description.replace(GENERATED_LIMIT, "").trim().length > 0;
}

function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every type, field, argument, input field and enum value of the schema, and whether it has a description. */
export function describedElements(schema: GraphQLSchema): DescribedElement[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter(Boolean)
      .map((type) => type!.name),
  );
  const elements: DescribedElement[] = [];
  for (const type of ownTypes(schema)) {
    const isRoot = roots.has(type.name);
    elements.push({ coordinate: type.name, described: hasText(type.description), root: false });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.push({
          coordinate: `${type.name}.${field.name}`,
          described: hasText(field.description),
          root: isRoot,
        });
        for (const arg of field.args) {
          elements.push({
            coordinate: `${type.name}.${field.name}(${arg.name}:)`,
            described: hasText(arg.description),
            root: false,
          });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.push({ coordinate: `${type.name}.${field.name}`, described: hasText(field.description), root: false });
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        elements.push({ coordinate: `${type.name}.${value.name}`, described: hasText(value.description), root: false });
      }
    }
  }
  return elements;
}

export interface Coverage {
  overall: number;
  rootFields: number;
  undocumented: string[];
  undocumentedRootFields: string[];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function descriptionCoverage(schema: GraphQLSchema): Coverage {
  const elements = describedElements(schema);
  const rootFields = elements.filter((element) => element.root);
  return {
    overall: ratio(elements.filter((element) => element.described).length, elements.length),
    rootFields: ratio(rootFields.filter((element) => element.described).length, rootFields.length),
    undocumented: elements.filter((element) => !element.described).map((element) => element.coordinate),
    undocumentedRootFields: rootFields.filter((element) => !element.described).map((element) => element.coordinate),
  };
}

const UPPER_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Naming rule violations (docs/schema-conventions.md), as readable messages. */
export function namingViolations(schema: GraphQLSchema): string[] {
  const violations: string[] = [];
  for (const type of ownTypes(schema)) {
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!UPPER_CASE.test(value.name)) violations.push(`enum value ${type.name}.${value.name} is not UPPER_CASE`);
      }
    }
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (/Query$/.test(field.name)) violations.push(`field ${type.name}.${field.name} ends in "Query"`);
    }
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const looksLikeConnection = "edges" in fields && "pageInfo" in fields;
    if (looksLikeConnection || type.name.endsWith("Connection")) {
      if (!type.name.endsWith("Connection"))
        violations.push(`connection type ${type.name} does not end in "Connection"`);
      const edges = fields.edges?.type.toString().replace(/[[\]!]/g, "");
      const edgeType = edges ? schema.getType(edges) : undefined;
      const node =
        edgeType && isObjectType(edgeType)
          ? edgeType
              .getFields()
              .node?.type.toString()
              .replace(/[[\]!]/g, "")
          : undefined;
      if (!node) violations.push(`connection type ${type.name} has no edges { node }`);
      else if (!type.name.startsWith(node))
        violations.push(`connection type ${type.name} is not named after its node type ${node}`);
    }
  }
  return violations;
}

export function buildApiSchema(supergraphSdl: string): GraphQLSchema {
  return buildSchema(apiSchemaSdl(supergraphSdl));
}

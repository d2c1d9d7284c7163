/**
 * Walks a GraphQL schema's inputs: every place a caller can put a string (argument or input
 * field, however deep), with the limits it documents, and a minimal valid value for any input
 * type — so tests can prove a rule for each slot without naming them.
 */
import { isLanguageName } from "../../shared/language-arguments.js";
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLList,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { limitsOf } from "../../shared/input-limits.js";

export interface StringSlot {
  /** e.g. input.attachments[0].name */
  path: string;
  /** Path as keys to set (numbers for list items). */
  keys: (string | number)[];
  scalar: string;
  maxLength: number;
  description: string;
}

const STRING_SCALARS = new Set(["String", "ID"]);

function named(type: GraphQLInputType): { named: GraphQLNamedType; isList: boolean } {
  let current = getNullableType(type) as GraphQLInputType;
  let isList = false;
  while (isListType(current)) {
    isList = true;
    current = getNullableType(current.ofType) as GraphQLInputType;
  }
  return { named: current as GraphQLNamedType, isList };
}

/** Every string slot under the arguments of `field`, input types followed to `depth` levels. */
export function stringSlots(field: GraphQLField<unknown, unknown>, depth = 3): StringSlot[] {
  const slots: StringSlot[] = [];
  const visit = (slot: GraphQLArgument | GraphQLInputField, keys: (string | number)[], level: number) => {
    const { named: type, isList } = named(slot.type);
    const here = isList ? [...keys, slot.name, 0] : [...keys, slot.name];
    if (isScalarType(type) && STRING_SCALARS.has(type.name)) {
      const { maxLength } = limitsOf(type.name, isList, slot.extensions);
      slots.push({
        path: pathOf(here),
        keys: here,
        scalar: type.name,
        maxLength: maxLength!,
        description: slot.description ?? "",
      });
    } else if (isInputObjectType(type) && level < depth) {
      for (const inner of Object.values(type.getFields())) visit(inner, here, level + 1);
    }
  };
  for (const arg of field.args) visit(arg, [], 0);
  return slots;
}

export function pathOf(keys: (string | number)[]): string {
  return keys.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/**
 * A minimal value of `type` that passes GraphQL's own validation (required fields only); a slot
 * named as a language (`name`) gets a supported one, as every subgraph requires.
 */
export function sampleValue(type: GraphQLInputType, seen: string[] = [], name?: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, seen, name);
  if (isListType(type)) return [sampleValue(type.ofType, seen, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (seen.includes(type.name)) return null;
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sampleValue(field.type, [...seen, type.name], field.name);
    }
    return value;
  }
  switch ((type as GraphQLNamedType).name) {
    case "ID":
      return "00000000-0000-4000-8000-000000000000";
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTime":
      return "2026-01-01T00:00:00.000Z";
    case "JSON":
      return {};
    default:
      return name && isLanguageName(name) ? "en" : "x";
  }
}

/** Required arguments of `field` with sample values, and `value` set at `keys`. */
export function argumentsWith(
  field: GraphQLField<unknown, unknown>,
  keys: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type)) args[arg.name] = sampleValue(arg.type, [], arg.name);
  const [name, ...rest] = keys as [string, ...(string | number)[]];
  const arg = field.args.find((a) => a.name === name)!;
  args[name] = setIn(args[name], arg.type, rest, value);
  return args;
}

function setIn(current: unknown, type: GraphQLInputType, keys: (string | number)[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const nullable = getNullableType(type) as GraphQLInputType;
  const [key, ...rest] = keys;
  if (typeof key === "number") {
    const itemType = (nullable as GraphQLList<GraphQLInputType>).ofType;
    const list = Array.isArray(current) ? [...current] : [];
    list[key] = setIn(list[key] ?? sampleValue(itemType), itemType, rest, value);
    return list;
  }
  const object = {
    ...((current && typeof current === "object" ? current : sampleValue(nullable)) as Record<string, unknown>),
  };
  object[key] = setIn(object[key], (nullable as GraphQLInputObjectType).getFields()[key].type, rest, value);
  return object;
}

/** Every field of every object type of `schema` (root types included), with its parent's name. */
export function fieldsWithArgs(schema: GraphQLSchema): { parent: string; field: GraphQLField<unknown, unknown> }[] {
  const result: { parent: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !("getFields" in type) || isInputObjectType(type)) continue;
    for (const field of Object.values(
      (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
    )) {
      if (field.args.length > 0) result.push({ parent: type.name, field });
    }
  }
  return result;
}

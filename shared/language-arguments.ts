/**
 * One rule for every language a caller gives, in every subgraph: an argument or input field named
 * `language`, `…Language` or `languages` must be one of the four supported languages (a locale of
 * one, such as "ar-AE", is accepted and passed on as its code). Anything else is BAD_USER_INPUT
 * naming the field, before the resolver runs — so no filter, search or write ever sees a fifth
 * language. Applied to each subgraph's built schema (builder.ts), so a new field is covered
 * without remembering to.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { requireSupportedLanguage } from "./languages.js";

/** Names whose values are languages. */
export const isLanguageName = (name: string) =>
  name === "language" || name === "languages" || /[a-z]Language$/.test(name);

const isStringLike = (type: GraphQLInputType) => getNamedType(type).name === "String";

/** Checks (and normalises to codes) the language values inside one argument value, in place. */
type Checker = (value: unknown, path: string) => unknown;

function checkerFor(type: GraphQLInputType, name: string | null, seen: Map<string, Checker | null>): Checker | null {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = checkerFor(inner.ofType, name, seen);
    if (!item) return null;
    return (value, path) => (Array.isArray(value) ? value.map((v) => item(v, path)) : item(value, path));
  }
  if (name !== null && isLanguageName(name) && isStringLike(inner)) {
    return (value, path) => (typeof value === "string" ? requireSupportedLanguage(value, path) : value);
  }
  if (!isInputObjectType(inner)) return null;
  if (seen.has(inner.name))
    return seen.get(inner.name) ?? ((value, path) => seen.get(inner.name)?.(value, path) ?? value);
  seen.set(inner.name, null);
  const fields: [GraphQLInputField, Checker][] = [];
  for (const field of Object.values(inner.getFields())) {
    const check = checkerFor(field.type, field.name, seen);
    if (check) fields.push([field, check]);
  }
  const checker: Checker | null = fields.length
    ? (value, path) => {
        if (value === null || typeof value !== "object") return value;
        const record = value as Record<string, unknown>;
        for (const [field, check] of fields) {
          if (record[field.name] != null)
            record[field.name] = check(record[field.name], path ? `${path}.${field.name}` : field.name);
        }
        return record;
      }
    : null;
  seen.set(inner.name, checker);
  return checker;
}

function argumentCheckers(args: readonly GraphQLArgument[], seen: Map<string, Checker | null>): [string, Checker][] {
  const checkers: [string, Checker][] = [];
  for (const arg of args) {
    const check = checkerFor(arg.type, arg.name, seen);
    if (check) checkers.push([arg.name, check]);
  }
  return checkers;
}

/** Wraps every field that takes a language (directly or inside an input) with the check. */
export function enforceSupportedLanguages(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Map<string, Checker | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const checkers = argumentCheckers(field.args, seen);
      if (!checkers.length) continue;
      const check = (args: Record<string, unknown>) => {
        for (const [name, checker] of checkers) {
          // Errors name the field as the rest of the API does: the argument, or the input's own
          // field ("language", not "input.language").
          if (args[name] != null) args[name] = checker(args[name], isLanguageName(name) ? name : "");
        }
      };
      const { subscribe } = field;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args as Record<string, unknown>);
        return resolve(source, args, context, info);
      };
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          check(args as Record<string, unknown>);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

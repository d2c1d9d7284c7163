/**
 * Input hygiene for every subgraph, applied once to the built schema:
 *
 * - every String or ID argument and input field has a maximum length — declared next to the
 *   field with `...maxLength(n)` (Pothos `extensions`), or the default for its scalar — and its
 *   description states it;
 * - every list argument and input field has a maximum number of items (default 100);
 * - every string a caller sends, however deep in an input object, list or JSON value, is refused
 *   with BAD_USER_INPUT when it is too long or holds a code point that cannot be stored or shown
 *   faithfully (NUL, an unpaired surrogate, a Unicode noncharacter).
 *
 * The check runs before the field's own resolver (and before its authorization), so a refused
 * request reaches no domain code and writes nothing. Lengths count UTF-16 code units, as
 * JavaScript's `String.length` does (the same as characters for English, Arabic, Hindi and Urdu).
 */
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badInput } from "./errors.js";

/** Lengths used when a field declares none. */
export const DEFAULT_MAX_LENGTH: Readonly<Record<string, number>> = { ID: 128, String: 200, JSON: 20_000 };
/** Items of a list input when a field declares none. */
export const DEFAULT_MAX_ITEMS = 100;

/** Shared limits of inputs that mean the same in every subgraph. */
export const URL_MAX_LENGTH = 2048;
/** A reason or note kept in a history or audit trail. */
export const NOTE_MAX_LENGTH = 2000;
/** Words typed into a search box (search itself reads only the first 256 characters). */
export const SEARCH_TEXT_MAX_LENGTH = 2000;

/** Spread into a Pothos arg or input field: `t.arg.string({ ...maxLength(20_000) })`. */
export const maxLength = (characters: number) => ({ extensions: { maxLength: characters } });
/** Spread into a Pothos list arg or input field: `t.arg.stringList({ ...maxItems(500) })`. */
export const maxItems = (items: number) => ({ extensions: { maxItems: items } });
/** Both at once, for a list of strings. */
export const listLimits = (items: number, characters: number) => ({
  extensions: { maxItems: items, maxLength: characters },
});

type InputSlot = GraphQLArgument | GraphQLInputField;

/** How one argument or input field is checked. */
interface SlotRule {
  name: string;
  /** Maximum length of each string in it (strings of its scalar, or inside its JSON). */
  maxLength: number | null;
  maxItems: number | null;
  /** Fields of an input object type (recursive types are looked up lazily). */
  objectType: string | null;
}

const LENGTH_TYPES = new Set(["String", "ID", "JSON"]);

function innerNamedType(type: GraphQLInputType): { named: GraphQLInputType; isList: boolean } {
  let current = getNullableType(type) as GraphQLInputType;
  let isList = false;
  while (isListType(current)) {
    isList = true;
    current = getNullableType(current.ofType) as GraphQLInputType;
  }
  return { named: current, isList };
}

/** The limits of a slot holding `scalar` (null for enums and input objects), in a list or not. */
export function limitsOf(
  scalar: string | null,
  isList: boolean,
  extensions: { maxLength?: unknown; maxItems?: unknown } | null | undefined,
) {
  const declared = (extensions ?? {}) as { maxLength?: number; maxItems?: number };
  return {
    maxLength: scalar !== null && LENGTH_TYPES.has(scalar) ? (declared.maxLength ?? DEFAULT_MAX_LENGTH[scalar]) : null,
    maxItems: isList ? (declared.maxItems ?? DEFAULT_MAX_ITEMS) : null,
  };
}

function ruleFor(slot: InputSlot): SlotRule {
  const { named, isList } = innerNamedType(slot.type);
  return {
    name: slot.name,
    ...limitsOf(isScalarType(named) ? named.name : null, isList, slot.extensions),
    objectType: isInputObjectType(named) ? named.name : null,
  };
}

/** The sentence a description ends with, so every limit is documented where clients look. */
export function limitSentence(limits: Pick<SlotRule, "maxLength" | "maxItems">): string {
  const parts: string[] = [];
  if (limits.maxItems !== null) parts.push(`at most ${limits.maxItems.toLocaleString("en-US")} items`);
  if (limits.maxLength !== null)
    parts.push(
      `${limits.maxItems !== null ? "each " : ""}at most ${limits.maxLength.toLocaleString("en-US")} characters`,
    );
  return parts.length === 0 ? "" : `Limit: ${parts.join(", ")}.`;
}

/** `description` with the limit sentence appended (once). */
export function describeLimits(
  description: string | null | undefined,
  limits: Pick<SlotRule, "maxLength" | "maxItems">,
): string | undefined {
  const sentence = limitSentence(limits);
  if (!sentence) return description ?? undefined;
  return description ? `${description.trimEnd()} ${sentence}` : sentence;
}

/** The first character of `text` that is refused, or null. */
export function forbiddenCharacter(text: string): { index: number; codePoint: string } | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { index: i, codePoint: "U+0000" };
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, codePoint: `U+${code.toString(16).toUpperCase()}` };
    }
    if (
      (code >= 0xdc00 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff ||
      (code >= 0xfdd0 && code <= 0xfdef)
    ) {
      return { index: i, codePoint: `U+${code.toString(16).toUpperCase()}` };
    }
  }
  return null;
}

function checkString(value: string, path: string, limit: number | null): void {
  if (limit !== null && value.length > limit) {
    throw badInput(`${path} must be at most ${limit} characters (got ${value.length})`, {
      field: path,
      maxLength: limit,
    });
  }
  const bad = forbiddenCharacter(value);
  if (bad)
    throw badInput(`${path} contains a character that is not allowed (${bad.codePoint} at position ${bad.index})`, {
      field: path,
    });
}

/** Strings anywhere inside a JSON value (keys included). */
function checkJson(value: unknown, path: string, limit: number): void {
  if (typeof value === "string") return checkString(value, path, limit);
  if (Array.isArray(value)) return value.forEach((item, index) => checkJson(item, `${path}[${index}]`, limit));
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      checkString(key, path, limit);
      checkJson(item, `${path}.${key}`, limit);
    }
  }
}

export class InputLimits {
  private readonly inputRules = new Map<string, SlotRule[]>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** Rules for the fields of an input object type (built once per type). */
  fieldsOf(typeName: string): SlotRule[] {
    let rules = this.inputRules.get(typeName);
    if (!rules) {
      const type = this.schema.getType(typeName);
      rules = isInputObjectType(type) ? Object.values(type.getFields()).map(ruleFor) : [];
      this.inputRules.set(typeName, rules);
    }
    return rules;
  }

  check(value: unknown, rule: SlotRule, path: string): void {
    if (value === null || value === undefined) return;
    if (rule.maxItems !== null && Array.isArray(value)) {
      if (value.length > rule.maxItems)
        throw badInput(`${path} must have at most ${rule.maxItems} items (got ${value.length})`, {
          field: path,
          maxItems: rule.maxItems,
        });
      value.forEach((item, index) => this.checkOne(item, rule, `${path}[${index}]`));
      return;
    }
    this.checkOne(value, rule, path);
  }

  private checkOne(value: unknown, rule: SlotRule, path: string): void {
    if (value === null || value === undefined) return;
    if (rule.objectType) {
      for (const fieldRule of this.fieldsOf(rule.objectType)) {
        this.check((value as Record<string, unknown>)[fieldRule.name], fieldRule, `${path}.${fieldRule.name}`);
      }
    } else if (typeof value === "string") {
      checkString(value, path, rule.maxLength);
    } else if (rule.maxLength !== null && typeof value === "object") {
      checkJson(value, path, rule.maxLength);
    }
  }
}

/** Whether a slot can carry a string anywhere inside it (then its field's resolver is wrapped). */
function carriesStrings(rule: SlotRule, limits: InputLimits, seen = new Set<string>()): boolean {
  if (rule.maxLength !== null || rule.maxItems !== null) return true;
  if (!rule.objectType || seen.has(rule.objectType)) return false;
  seen.add(rule.objectType);
  return limits.fieldsOf(rule.objectType).some((fieldRule) => carriesStrings(fieldRule, limits, seen));
}

function guard<Source, Context>(field: GraphQLField<Source, Context>, rules: SlotRule[], limits: InputLimits) {
  const check = (args: Record<string, unknown>) => {
    for (const rule of rules) limits.check(args[rule.name], rule, rule.name);
  };
  const resolve: GraphQLFieldResolver<Source, Context> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    check(args);
    return resolve(source, args, context, info);
  };
  if (field.subscribe) {
    const subscribe = field.subscribe;
    field.subscribe = (source, args, context, info) => {
      check(args);
      return subscribe(source, args, context, info);
    };
  }
}

/**
 * Enforces the limits on every argument and input field of `schema`, in place (descriptions are
 * written earlier, by InputLimitsPlugin, so that they reach the printed SDL).
 * Entity representations (`_entities`) come from the gateway and are not limited here.
 */
export function enforceInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const limits = new InputLimits(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === "_entities") continue;
      const checked = field.args.map(ruleFor).filter((rule) => carriesStrings(rule, limits));
      if (checked.length > 0) guard(field, checked, limits);
    }
  }
  return schema;
}

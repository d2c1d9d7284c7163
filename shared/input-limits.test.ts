/**
 * Every string input of every subgraph has a documented maximum and is refused (BAD_USER_INPUT,
 * naming the field) when it is longer or carries a forbidden character — proven slot by slot on
 * the built schemas, before any resolver or authorization runs.
 */
import { GraphQLError, type GraphQLField, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../runtime/registry.js";
import { argumentsWith, fieldsWithArgs, stringSlots } from "../test/support/input-slots.js";
import { forbiddenCharacter } from "./input-limits.js";

function refusal(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): GraphQLError | null {
  const run = field.subscribe ?? field.resolve!;
  try {
    // A refusal is synchronous and happens before the field's own code sees the (fake) context.
    run(null, args, null, null as unknown as GraphQLResolveInfo);
  } catch (error) {
    return error as GraphQLError;
  }
  return null;
}

describe("forbiddenCharacter", () => {
  it("finds NUL, unpaired surrogates and noncharacters; accepts every script and emoji", () => {
    expect(forbiddenCharacter("Hello مرحبا नमस्ते سلام 🎧 \t\n")).toBeNull();
    expect(forbiddenCharacter("a\u0000b")).toEqual({ index: 1, codePoint: "U+0000" });
    expect(forbiddenCharacter("x\ud800")).toEqual({ index: 1, codePoint: "U+D800" });
    expect(forbiddenCharacter("\udc00x")).toEqual({ index: 0, codePoint: "U+DC00" });
    expect(forbiddenCharacter("ok\uffff")).toEqual({ index: 2, codePoint: "U+FFFF" });
    expect(forbiddenCharacter("\ufdd0")).not.toBeNull();
  });
});

for (const [name, definition] of Object.entries(SUBGRAPHS)) {
  describe(`${name}: every string argument and input field`, () => {
    const cases = fieldsWithArgs(definition.schema).flatMap(({ parent, field }) =>
      stringSlots(field).map((slot) => ({ coordinate: `${parent}.${field.name}(${slot.path})`, field, slot })),
    );

    it("has at least one string input", () => expect(cases.length).toBeGreaterThan(0));

    it.each(cases.map((c) => [c.coordinate, c] as const))(
      "%s: documents its maximum and refuses one character more, and NUL",
      (_name, { field, slot }) => {
        expect(slot.description).toContain(`at most ${slot.maxLength.toLocaleString("en-US")} characters`);

        const tooLong = refusal(field, argumentsWith(field, slot.keys, "a".repeat(slot.maxLength + 1)));
        expect(tooLong?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: slot.path,
          maxLength: slot.maxLength,
        });

        const withNul = refusal(field, argumentsWith(field, slot.keys, "a\u0000b"));
        expect(withNul?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: slot.path });
      },
    );
  });
}

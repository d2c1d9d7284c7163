/**
 * A language outside the four (en, ar, hi, ur) is refused wherever a caller can give one: every
 * root field with a language argument is found by walking the schema and called with "fr"; inputs
 * that carry a language (tickets, chats, agents) are refused with the field named and nothing
 * written; a locale of a supported language ("ar-AE") is read as its code.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isCompositeType,
  isNonNullType,
  type GraphQLField,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLanguageName } from "../shared/language-arguments.js";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let admin: string;
let customer: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  admin = await system.token("admin");
  customer = await system.token("customer");
});

afterAll(async () => {
  await system?.close();
});

const codeOf = (result: { errors?: { extensions?: { code?: string; field?: unknown } }[] }) =>
  result.errors?.[0]?.extensions;

describe("root fields with a language argument", () => {
  it("refuse a fifth language with BAD_USER_INPUT naming the argument", async () => {
    const introspection = await system.request<IntrospectionQuery>(getIntrospectionQuery(), {}, admin);
    const schema = buildClientSchema(introspection.data!);
    const candidates: GraphQLField<unknown, unknown>[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const language = field.args.find((arg) => isLanguageName(arg.name) && getNamedType(arg.type).name === "String");
        const otherRequired = field.args.filter(
          (arg) => arg !== language && isNonNullType(arg.type) && arg.defaultValue === undefined,
        );
        if (language && otherRequired.length === 0) candidates.push(field);
      }
    }
    expect(candidates.map((f) => f.name)).toEqual(expect.arrayContaining(["searchKnowledge", "knowledgeArticles"]));
    for (const field of candidates) {
      const arg = field.args.find((a) => isLanguageName(a.name))!;
      const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
      const query = `query { ${field.name}(${arg.name}: "fr")${selection} }`;
      const result = await system.request(query, {}, admin);
      expect({ field: field.name, extensions: codeOf(result) }).toMatchObject({
        field: field.name,
        extensions: { code: "BAD_USER_INPUT", field: arg.name },
      });
    }
  });

  it("read a locale of a supported language as its code", async () => {
    const arabic = await system.request(
      `{ searchKnowledge(query: "محفظة", language: "ar-AE", first: 3) { edges { node { language } } } }`,
    );
    expect(arabic.errors).toBeUndefined();
    const languages = arabic.data!.searchKnowledge.edges.map((e: any) => e.node.language);
    expect(languages.length).toBeGreaterThan(0);
    expect(new Set(languages)).toEqual(new Set(["ar"]));
  });
});

describe("inputs that carry a language", () => {
  it("refuse it with the input field named and write nothing", async () => {
    const tickets = await system.db.prisma.ticket.count();
    const ticket = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      { input: { channel: "IN_APP", subject: "Wallet", description: "My wallet does not connect.", language: "fr" } },
      customer,
    );
    expect(codeOf(ticket)).toMatchObject({ code: "BAD_USER_INPUT", field: "language" });
    expect(await system.db.prisma.ticket.count()).toBe(tickets);

    const chats = await system.db.prisma.chatSession.count();
    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, language: "de" }) { id } }`,
      {},
      customer,
    );
    expect(codeOf(chat)?.code).toBe("BAD_USER_INPUT");
    expect(await system.db.prisma.chatSession.count()).toBe(chats);

    const agents = await system.db.prisma.agent.count();
    const agent = await system.request(
      `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`,
      { input: { email: "new.agent@switchboard.example", displayName: "New Agent", languages: ["en", "fr"] } },
      admin,
    );
    expect(codeOf(agent)).toMatchObject({ code: "BAD_USER_INPUT", field: "languages" });
    expect(await system.db.prisma.agent.count()).toBe(agents);
  });
});

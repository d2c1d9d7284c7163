/** Ranked ticket search end to end: searchTickets (staff) and searchMyTickets (customers) on the shared search engine. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let customer: string;
let other: string;
let agent: string;

beforeAll(async () => {
  system = await startTestSystem({
    env: { SLA_SWEEP_INTERVAL_MS: "3600000", TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1" },
  });
  customer = await system.token("customer");
  other = await system.token("customer", DEMO.otherCustomer.id);
  agent = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

async function newTicket(
  input: Record<string, unknown> = {},
  token = customer,
): Promise<{ id: string; number: string }> {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Card payment failed",
        description: "My card deposit failed with code 05.",
        categoryKey: "payment_issues",
        language: "en",
        ...input,
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket;
}

async function message(ticketId: string, body: string, token: string, internal = false) {
  const result = await system.request(
    `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
    { input: { ticketId, body, internal } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addTicketMessage.id as string;
}

const EDGE = `cursor score snippet subjectHighlighted highlights snippetMessage { id internal } node { id subject status }`;
const PAGE = `totalCount totalCountIsExact matchedEveryWord queryTruncated pageInfo { hasNextPage hasPreviousPage endCursor } edges { ${EDGE} }`;

type Page = {
  totalCount: number;
  totalCountIsExact: boolean;
  matchedEveryWord: boolean;
  queryTruncated: boolean;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: any[];
};

const rawSearch = (
  field: "searchTickets" | "searchMyTickets",
  variables: Record<string, unknown>,
  token: string | null,
) =>
  system.request(
    `query($query: String!, $filter: TicketFilter, $first: Int, $after: String) { ${field}(query: $query, filter: $filter, first: $first, after: $after) { ${PAGE} } }`,
    variables,
    token,
  );

async function search(
  query: string,
  options: { filter?: Record<string, unknown>; first?: number; after?: string; token?: string } = {},
): Promise<Page> {
  const token = options.token ?? agent;
  const field = token === agent ? "searchTickets" : "searchMyTickets";
  const result = await rawSearch(
    field,
    { query, filter: options.filter, first: options.first, after: options.after },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data![field];
}
const ids = (page: Page) => page.edges.map((e) => e.node.id);

describe("ranking, matching and highlighting", () => {
  it("ranks a ticket with the word in its subject above one with it only in a message", async () => {
    const inMessage = await newTicket({ subject: "General account question", description: "Please call me back." });
    await message(inMessage.id, "My neighbour mentioned a quokka on the phone.", customer);
    const inSubject = await newTicket({ subject: "Quokka payment question", description: "The deposit screen froze." });
    const page = await search("quokka ");
    expect(ids(page)).toEqual([inSubject.id, inMessage.id]);
    expect(page.edges[0].score).toBeGreaterThan(page.edges[1].score);
    expect(page.totalCount).toBe(2);
    expect(page.totalCountIsExact).toBe(true);
    expect(page.edges[0].subjectHighlighted).toBe("<mark>Quokka</mark> payment question");
    // The message-only match: the snippet comes from the message and says which one.
    expect(page.edges[1].snippet).toContain("<mark>quokka</mark>");
    expect(page.edges[1].snippetMessage).toMatchObject({ internal: false });
    expect(page.edges[1].highlights).toEqual(["quokka"]);
  });

  it("matches words spread over the subject and a message, and stems English in messages", async () => {
    const ticket = await newTicket({ subject: "Narwhal account locked", description: "I cannot sign in." });
    await message(ticket.id, "Also, where are my capybara refunds? The pelican transfer is missing.", customer);
    const spread = await search("narwhal pelican ");
    expect(ids(spread)).toEqual([ticket.id]);
    expect(spread.matchedEveryWord).toBe(true);
    expect(ids(await search("capybara refund "))).toEqual([ticket.id]);
    expect(ids(await search("refunded capybara "))).toEqual([ticket.id]);
    const snippet = (await search("capybara refund ")).edges[0].snippet;
    expect(snippet).toContain("<mark>refunds</mark>");
  });

  it("finds Arabic with and without diacritics and highlights it", async () => {
    const ticket = await newTicket({
      subject: "مشكلة في سحب الأموال",
      description: "لم يصل المبلغ إلى حسابي البنكي منذ أسبوع",
      categoryKey: "login_issues",
      language: "ar",
    });
    await message(ticket.id, "ما زلت أنتظر التحويل المصرفي", customer);
    const plain = await search("حسابي البنكي ");
    expect(ids(plain)).toEqual([ticket.id]);
    expect(plain.edges[0].snippet).toContain("<mark>");
    expect(ids(await search("حِسَابِي البَنْكِي "))).toEqual([ticket.id]);
    // Words over subject and message, Arabic letter variants (أ/ا) normalised.
    expect(ids(await search("الاموال انتظر "))).toEqual([ticket.id]);
  });

  it("corrects a typo and completes the word being typed", async () => {
    const ticket = await newTicket({
      subject: "Chinchilla subscription renewal",
      description: "The renewal was charged twice.",
    });
    const typo = await search("chinchila ");
    expect(ids(typo)).toEqual([ticket.id]);
    expect(typo.edges[0].subjectHighlighted).toContain("<mark>Chinchilla</mark>");
    const typing = await search("subscription chinch");
    expect(ids(typing)).toEqual([ticket.id]);
    expect(typing.edges[0].subjectHighlighted).toBe("<mark>Chinchilla</mark> <mark>subscription</mark> renewal");
    // A query with no ticket holding every word falls back to any word.
    const anyWord = await search("chinchilla xylophonist ");
    expect(ids(anyWord)).toEqual([ticket.id]);
    expect(anyWord.matchedEveryWord).toBe(false);
  });

  it("adds a ticket's and a message's new words to the vocabulary once, in the ticket's language", async () => {
    const terms = async (words: string[]) =>
      system.db.sql.query<{ language: string; term: string }>(
        `SELECT "language", "term" FROM "tickets"."search_terms" WHERE "term" = ANY($1::text[]) ORDER BY "term", "language"`,
        [words],
      );
    const words = ["quokkabond", "zebrafund", "marmotpay"];
    expect(await terms(words)).toEqual([]);
    const first = await newTicket({ subject: "Quokkabond Zebrafund payout", description: "Quokkabond again." });
    // A second ticket with the same words, and a message with a new one: words already known are
    // skipped by the key's conflict check, not written twice.
    const second = await newTicket({ subject: "Zebrafund quokkabond", description: "Same words." });
    await message(second.id, "Now marmotpay too", customer);
    expect(await terms(words)).toEqual([
      { language: "en", term: "marmotpay" },
      { language: "en", term: "quokkabond" },
      { language: "en", term: "zebrafund" },
    ]);
    expect(ids(await search("marmotpai "))).toEqual([second.id]);
    expect(ids(await search("zebrafund "))).toEqual(expect.arrayContaining([first.id, second.id]));
  });
});

describe("audiences", () => {
  it("finds internal notes for staff only, and never shows them in a customer's snippet", async () => {
    const ticket = await newTicket({ subject: "Delivery of my card", description: "Still waiting for it." });
    await message(ticket.id, "The wombat courier lost the parcel.", customer);
    await message(ticket.id, "Okapi escalation approved; wombat margin is confidential.", agent, true);

    const staff = await search("okapi ");
    expect(ids(staff)).toEqual([ticket.id]);
    expect(staff.edges[0].snippetMessage).toMatchObject({ internal: true });
    expect((await search("okapi ", { token: customer })).totalCount).toBe(0);
    const filtered = await system.request(
      `query { myTickets(first: 10, filter: { text: "okapi" }) { edges { node { id } } } }`,
      {},
      customer,
    );
    expect(filtered.data!.myTickets.edges).toEqual([]);
    const staffFiltered = await system.request(
      `query { tickets(first: 10, filter: { text: "okapi" }) { edges { node { id } } } }`,
      {},
      agent,
    );
    expect(staffFiltered.data!.tickets.edges.map((e: any) => e.node.id)).toEqual([ticket.id]);

    // The word is in a public message and (newer) in a note: staff see the note, the customer the message.
    const forStaff = await search("wombat ");
    expect(forStaff.edges[0].snippet).toContain("confidential");
    const forCustomer = await search("wombat ", { token: customer });
    expect(ids(forCustomer)).toEqual([ticket.id]);
    expect(forCustomer.edges[0].snippet).toContain("<mark>wombat</mark> courier");
    expect(forCustomer.edges[0].snippet).not.toContain("confidential");
    expect(forCustomer.edges[0].snippetMessage).toMatchObject({ internal: false });
  });

  it("shows customers their own tickets only; searchTickets is for staff", async () => {
    const theirs = await newTicket({ subject: "Axolotl withdrawal pending" }, other);
    expect((await search("axolotl ", { token: customer })).edges).toEqual([]);
    expect(ids(await search("axolotl ", { token: other }))).toEqual([theirs.id]);
    expect(ids(await search("axolotl "))).toEqual([theirs.id]);
    // A customer asking for another customer's tickets by filter still gets only their own.
    expect(
      (await search("axolotl ", { token: customer, filter: { customerId: DEMO.otherCustomer.id } })).edges,
    ).toEqual([]);
    const denied = await rawSearch("searchTickets", { query: "axolotl" }, customer);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const staffOnCustomerField = await rawSearch("searchMyTickets", { query: "axolotl" }, agent);
    expect(staffOnCustomerField.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("filters, pagination and input", () => {
  it("combines the ticket filters with the search", async () => {
    const open = await newTicket({ subject: "Lemur statement copy" });
    const resolved = await newTicket({ subject: "Lemur statement request" });
    const done = await system.request(
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id status } }`,
      { input: { ticketId: resolved.id } },
      agent,
    );
    expect(done.errors).toBeUndefined();
    expect(new Set(ids(await search("lemur ")))).toEqual(new Set([open.id, resolved.id]));
    expect(ids(await search("lemur ", { filter: { status: ["RESOLVED"] } }))).toEqual([resolved.id]);
    expect(
      ids(
        await search("lemur ", {
          filter: { status: ["OPEN", "PENDING"], customerId: DEMO.customer.id, category: "payment_issues" },
        }),
      ),
    ).toEqual([open.id]);
    expect(ids(await search("lemur ", { filter: { status: ["RESOLVED"], text: "request" } }))).toEqual([resolved.id]);
    expect(ids(await search("lemur ", { filter: { category: "login_issues" } }))).toEqual([]);
  });

  it("pages with after, truncates a 2000-character query and searches metacharacters literally", async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await newTicket({ subject: `Pangolin invoice ${i + 1}` })).id);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await search("pangolin ", { first: 2, after });
      pages++;
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...created].sort());
    const countOnly = await search("pangolin ", { first: 0 });
    expect(countOnly.edges).toEqual([]);
    expect(countOnly.totalCount).toBe(5);
    expect(countOnly.pageInfo.hasNextPage).toBe(true);

    const long = await search(`pangolin ${"filler ".repeat(300)}`.slice(0, 2000));
    expect(long.queryTruncated).toBe(true);
    expect(new Set(ids(long))).toEqual(new Set(created));

    const meta = await search(`pangolin & (invoice) | !:* '\\ "`);
    expect(meta.matchedEveryWord).toBe(true);
    expect(new Set(ids(meta))).toEqual(new Set(created));
  });

  it("answers bad input with coded errors and no stack trace", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ["empty query", { query: "" }],
      ["no words", { query: " &|!():*'\\ " }],
      ["page too large", { query: "pangolin", first: 1000 }],
      ["negative page", { query: "pangolin", first: -1 }],
      ["garbage cursor", { query: "pangolin", after: "not-a-cursor" }],
      [
        "keyset cursor",
        {
          query: "pangolin",
          after: Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "x"])).toString("base64url"),
        },
      ],
      ["bad agent id", { query: "pangolin", filter: { assignedAgentId: "nope" } }],
      ["filter text without words", { query: "pangolin", filter: { text: "&&" } }],
      ["bad enum", { query: "pangolin", filter: { status: ["NOPE"] } }],
    ];
    for (const [name, variables] of cases) {
      const result = await rawSearch("searchTickets", variables, agent);
      expect(result.errors?.[0]?.extensions?.code, name).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors), name).not.toMatch(/stacktrace|\.ts:\d+/);
    }
    const missingQuery = await system.request(`query { searchTickets { totalCount } }`, {}, agent);
    expect(missingQuery.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const anonymous = await rawSearch("searchTickets", { query: "pangolin" }, null);
    expect(["UNAUTHENTICATED", "FORBIDDEN"]).toContain(anonymous.errors?.[0]?.extensions?.code);
  });
});

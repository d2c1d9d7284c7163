/**
 * The Typesense backend end to end: runs only when TYPESENSE_URL points at a Typesense server
 * (none runs on the development/CI machines — the test says it is skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

const url = process.env.TYPESENSE_URL;
if (!url)
  console.log(
    "knowledge-typesense: SKIPPED — set TYPESENSE_URL (and TYPESENSE_API_KEY) to run the Typesense backend tests",
  );

describe.skipIf(!url)("Typesense search backend", () => {
  let system: TestSystem;
  const collection = `kb_test_${Date.now()}`;

  beforeAll(async () => {
    system = await startTestSystem({
      env: { TYPESENSE_URL: url, TYPESENSE_API_KEY: process.env.TYPESENSE_API_KEY, TYPESENSE_COLLECTION: collection },
    });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
  });

  const SEARCH = `query($q: String, $language: String) { searchKnowledge(query: $q, language: $language, first: 5) { totalCount edges { score snippet titleHighlighted node { id title } } } }`;

  it("indexes the seeded articles and answers in the same shape", async () => {
    const page = await eventually(async () => {
      const result = await system.request(SEARCH, { q: "liquidity", language: "en" });
      return result.data?.searchKnowledge.totalCount > 0 ? result.data!.searchKnowledge : null;
    }, 20_000);
    expect(page.edges[0].node.title).toBe("Liquidity pools and staking");
    expect(page.edges[0].titleHighlighted).toContain("<mark>");
  });

  it("tolerates typos and Arabic diacritics", async () => {
    expect(
      (await system.request(SEARCH, { q: "pasword", language: "en" })).data!.searchKnowledge.edges[0].node.title,
    ).toBe("Login problems");
    expect(
      (await system.request(SEARCH, { q: "السُّيُولَة", language: "ar" })).data!.searchKnowledge.edges[0].node.title,
    ).toBe("مجمعات السيولة والتخزين");
  });

  it("follows article changes from the outbox", async () => {
    const agent = await system.token("agent");
    const supervisor = await system.token("supervisor");
    const created = await system.request(
      `mutation { createArticle(input: { title: "Quasar accounts", body: "All about quasar accounts.", categoryKey: "investment_guide", language: "en" }) { id } }`,
      {},
      agent,
    );
    const id = created.data!.createArticle.id;
    await system.request(`mutation($id: ID!) { publishArticle(input: { id: $id }) { id } }`, { id }, supervisor);
    await eventually(
      async () =>
        (await system.request(SEARCH, { q: "quasar", language: "en" })).data?.searchKnowledge.edges[0]?.node.id === id,
      20_000,
    );
    await system.request(`mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`, { id }, supervisor);
    await eventually(
      async () =>
        (await system.request(SEARCH, { q: "quasar", language: "en" })).data?.searchKnowledge.totalCount === 0,
      20_000,
    );
  });
});

describe("Typesense unreachable", () => {
  let system: TestSystem;

  beforeAll(async () => {
    // Nothing listens on the discard port: every Typesense call is refused.
    system = await startTestSystem({
      env: { TYPESENSE_URL: "http://127.0.0.1:9", TYPESENSE_COLLECTION: `kb_down_${Date.now()}` },
    });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
  });

  it("answers searches from PostgreSQL instead of failing them", async () => {
    const SEARCH = `query($q: String, $language: String) { searchKnowledge(query: $q, language: $language, first: 3) { totalCount edges { titleHighlighted node { title } } } }`;
    for (const q of ["liquidity", "pasword reset"]) {
      const result = await system.request(SEARCH, { q, language: "en" });
      expect(result.errors).toBeUndefined();
      expect(result.data!.searchKnowledge.totalCount).toBeGreaterThan(0);
    }
    const page = (await system.request(SEARCH, { q: "liquidity", language: "en" })).data!.searchKnowledge;
    expect(page.edges[0].node.title).toBe("Liquidity pools and staking");
    expect(page.edges[0].titleHighlighted).toContain("<mark>");
  });
});

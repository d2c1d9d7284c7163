/**
 * Language routing and `translateText` with two local translators that disagree (TRANSLATOR_URL
 * and TRANSLATION_PROVIDERS): a conversation nobody speaks goes to the best available agent,
 * flagged for translation that is now available; `translateText` asks both providers and keeps
 * the more confident answer; only the four supported languages are accepted.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInternalClient, type InternalClient } from "../shared/internal-client.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { startTestSystem, type TestSystem } from "./harness.js";
import { startLocalTranslator, type LocalTranslator } from "./support/translator-servers.js";

let system: TestSystem;
let service: InternalClient;
let literal: LocalTranslator;
let fluent: LocalTranslator;

beforeAll(async () => {
  // Two providers that disagree: a literal one, sure of itself only for Urdu, and a fluent one.
  literal = await startLocalTranslator((call) => ({
    text: `<${call.target}> literal: ${call.q}`,
    confidence: call.source === "ur" ? 0.95 : 0.55,
  }));
  fluent = await startLocalTranslator((call) => ({ text: `<${call.target}> fluent: ${call.q}`, confidence: 0.8 }));
  system = await startTestSystem({
    env: { TRANSLATOR_URL: literal.url, TRANSLATION_PROVIDERS: `fluent=${fluent.url}`, REDIS_URL: undefined },
  }); // in-process bus: no events from other suites
  service = createInternalClient({
    serviceName: "test",
    secret: system.config.INTERNAL_SECRET,
    urlOf: (n) => system.subgraphs[n]!.url,
  });
});

afterAll(async () => {
  await system?.close();
  await literal?.close();
  await fluent?.close();
});

const TRANSLATE = `query($input: TranslateTextInput!) { translateText(input: $input) { text translatedText translated confidence originalText fromLanguage toLanguage provider unavailableReason } }`;

describe("language routing with a translator", () => {
  it("flags the assignment for translation, available this time", async () => {
    const james = DEMO_AGENTS.find((a) => a.displayName === "James Whitfield")!; // en only
    await system.db.prisma.agent.updateMany({ data: { status: "OFFLINE" } });
    await system.db.prisma.agent.update({ where: { id: james.id }, data: { status: "ONLINE" } });
    const data = await service.request<any>(
      "agents",
      `mutation($input: AssignmentRequestInput!) { requestAssignment(input: $input) { status agentId needsTranslation translationAvailable translationNote } }`,
      { input: { kind: "CHAT", itemId: randomUUID(), language: "ur-PK" } },
    );
    expect(data.requestAssignment).toEqual({
      status: "ASSIGNED",
      agentId: james.id,
      needsTranslation: true,
      translationAvailable: true,
      translationNote: null,
    });
  });
});

describe("translateText", () => {
  it("asks both providers and keeps the more confident answer, with the original beside it", async () => {
    const token = await system.token("agent");
    const arabic = await system.request(
      TRANSLATE,
      { input: { text: "لا أستطيع سحب أرباحي", sourceLanguage: "ar-AE", targetLanguage: "en" } },
      token,
    );
    expect(arabic.errors).toBeUndefined();
    expect(arabic.data!.translateText).toEqual({
      text: "<en> fluent: لا أستطيع سحب أرباحي",
      translatedText: "<en> fluent: لا أستطيع سحب أرباحي",
      translated: true,
      confidence: 0.8,
      originalText: "لا أستطيع سحب أرباحي",
      fromLanguage: "ar",
      toLanguage: "en",
      provider: "fluent",
      unavailableReason: null,
    });
    expect(literal.calls.at(-1)).toMatchObject({ q: "لا أستطيع سحب أرباحي", source: "ar", target: "en" });
    expect(fluent.calls.at(-1)).toMatchObject({ q: "لا أستطيع سحب أرباحي", source: "ar", target: "en" });

    // For Urdu the literal provider is surer: its answer wins. The source is detected when omitted.
    const urdu = await system.request(
      TRANSLATE,
      { input: { text: "میرا ٹوکن ابھی تک نہیں آیا", targetLanguage: "en" } },
      token,
    );
    expect(urdu.data!.translateText).toMatchObject({
      provider: new URL(literal.url).host,
      confidence: 0.95,
      fromLanguage: "ur",
      text: "<en> literal: میرا ٹوکن ابھی تک نہیں آیا",
    });
  });

  it("refuses a language outside the four (BAD_USER_INPUT naming the field) without calling a provider", async () => {
    const token = await system.token("agent");
    const before = literal.calls.length + fluent.calls.length;
    for (const [input, field] of [
      [{ text: "hi", targetLanguage: "zz-invalid-lang" }, "targetLanguage"],
      [{ text: "hi", targetLanguage: "??" }, "targetLanguage"],
      [{ text: "hi", targetLanguage: "fr" }, "targetLanguage"],
      [{ text: "안녕하세요", sourceLanguage: "ko-KR", targetLanguage: "en" }, "sourceLanguage"],
    ] as const) {
      const bad = await system.request(TRANSLATE, { input }, token);
      expect(bad.data?.translateText ?? null).toBeNull();
      expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(literal.calls.length + fluent.calls.length).toBe(before);
  });

  it("is for staff only", async () => {
    const customer = await system.request(
      TRANSLATE,
      { input: { text: "hi", targetLanguage: "en" } },
      await system.token("customer"),
    );
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

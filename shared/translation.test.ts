import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTranslator,
  googleV2Provider,
  libreTranslateProvider,
  parseProviderList,
  TRANSLATION_UNAVAILABLE,
  translatorFromConfig,
  UNREPORTED_CONFIDENCE,
} from "./translation.js";

type Handler = (body: any, path: string) => { status?: number; body: unknown; delayMs?: number };

/** A real local HTTP translator answering with `handler`; records what it was asked. */
async function translatorServer(
  handler: Handler,
): Promise<{ url: string; calls: any[]; arrivals: number[]; close: () => Promise<void> }> {
  const calls: any[] = [];
  const arrivals: number[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw);
      calls.push({ path: req.url, ...body });
      arrivals.push(Date.now());
      const answer = handler(body, req.url ?? "");
      setTimeout(() => {
        res.statusCode = answer.status ?? 200;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(answer.body));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    arrivals,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("translation across providers that disagree", () => {
  let cautious: Awaited<ReturnType<typeof translatorServer>>;
  let confident: Awaited<ReturnType<typeof translatorServer>>;
  let silent: Awaited<ReturnType<typeof translatorServer>>;
  let google: Awaited<ReturnType<typeof translatorServer>>;
  let broken: Awaited<ReturnType<typeof translatorServer>>;

  beforeAll(async () => {
    cautious = await translatorServer((b) => ({
      body: { translatedText: `my payment failed (${b.target})`, confidence: 0.62 },
      delayMs: 300,
    }));
    confident = await translatorServer((b) => ({
      body: { translatedText: `My payment did not go through (${b.target})`, confidence: 91 },
      delayMs: 300,
    }));
    silent = await translatorServer(() => ({ body: { translatedText: "payment fail" } }));
    google = await translatorServer((b) => ({
      body: {
        data: { translations: [{ translatedText: `Google: ${b.q}`, detectedSourceLanguage: "ar", confidence: 0.7 }] },
      },
    }));
    broken = await translatorServer(() => ({ status: 500, body: { error: "model not loaded" } }));
  });

  afterAll(async () => {
    for (const server of [cautious, confident, silent, google, broken]) await server?.close();
  });

  it("asks every provider in parallel and keeps the best confidence, with the original beside it", async () => {
    const translator = createTranslator([
      libreTranslateProvider({ name: "cautious", url: cautious.url }),
      libreTranslateProvider({ name: "confident", url: confident.url }),
      libreTranslateProvider({ name: "broken", url: broken.url }),
    ]);
    const outcome = await translator.translate("فشلت عملية الدفع", "ar", "en");
    // Both slow providers (300 ms each) were asked before either answered: in parallel.
    expect(Math.abs(cautious.arrivals.at(-1)! - confident.arrivals.at(-1)!)).toBeLessThan(300);
    expect(outcome).toEqual({
      text: "My payment did not go through (en)",
      translated: true,
      confidence: 0.91,
      originalText: "فشلت عملية الدفع",
      fromLanguage: "ar",
      toLanguage: "en",
      provider: "confident",
      unavailableReason: null,
    });
    for (const server of [cautious, confident, broken])
      expect(server.calls.at(-1)).toMatchObject({ q: "فشلت عملية الدفع", source: "ar", target: "en", format: "text" });
  });

  it("keeps the listed order on equal confidence and scores an answer without one at 0.5", async () => {
    const outcome = await createTranslator([
      libreTranslateProvider({ name: "silent", url: silent.url }),
      libreTranslateProvider({ name: "cautious", url: cautious.url }),
    ]).translate("x y z", "ar", "en");
    expect(outcome).toMatchObject({ provider: "cautious", confidence: 0.62 });
    const alone = await createTranslator([libreTranslateProvider({ name: "silent", url: silent.url })]).translate(
      "x y z",
      "ar",
      "en",
    );
    expect(alone).toMatchObject({ provider: "silent", confidence: UNREPORTED_CONFIDENCE, text: "payment fail" });
  });

  it("speaks the Google v2 shape behind the same port and reports the detected source", async () => {
    const outcome = await createTranslator([googleV2Provider({ name: "g", url: `${google.url}/?key=K` })]).translate(
      "مرحبا",
      null,
      "en",
    );
    expect(outcome).toMatchObject({
      text: "Google: مرحبا",
      provider: "g",
      confidence: 0.7,
      fromLanguage: "ar",
      translated: true,
    });
    expect(google.calls.at(-1)).toEqual({
      path: "/language/translate/v2?key=K",
      q: "مرحبا",
      target: "en",
      format: "text",
    });
  });

  it("says why when every provider fails, returning the original", async () => {
    const outcome = await createTranslator(
      [
        libreTranslateProvider({ name: "broken", url: broken.url }),
        libreTranslateProvider({ name: "gone", url: "http://127.0.0.1:9" }),
      ],
      { timeoutMs: 500 },
    ).translate("hola", "ar", "en");
    expect(outcome).toMatchObject({
      text: "hola",
      translated: false,
      confidence: null,
      provider: null,
      originalText: "hola",
    });
    expect(outcome.unavailableReason).toMatch(/^translation failed: broken: model not loaded; gone: /);
  });

  it("says translation is unavailable without a provider", async () => {
    const translator = translatorFromConfig({});
    expect(translator.available).toBe(false);
    expect(await translator.translate("مرحبا", "ar", "en")).toMatchObject({
      text: "مرحبا",
      translated: false,
      unavailableReason: TRANSLATION_UNAVAILABLE,
    });
  });

  it("builds the provider list from TRANSLATOR_URL and TRANSLATION_PROVIDERS", async () => {
    const translator = translatorFromConfig({
      TRANSLATOR_URL: cautious.url,
      TRANSLATOR_API_KEY: "k1",
      TRANSLATION_PROVIDERS: `best=${confident.url}, g=google+${google.url}`,
    });
    expect(translator.providers).toEqual([new URL(cautious.url).host, "best", "g"]);
    expect(await translator.translate("abc def", "ar", "en")).toMatchObject({ provider: "best", confidence: 0.91 });
    expect(cautious.calls.at(-1)).toMatchObject({ api_key: "k1" });
  });
});

describe("parseProviderList", () => {
  it("reads [name=][kind+]url entries", () => {
    expect(parseProviderList("a=http://x:1, google+https://g.example/?key=K ,http://y:2/translate")).toEqual([
      { name: "a", kind: "libretranslate", url: "http://x:1" },
      { name: "g.example", kind: "google", url: "https://g.example/?key=K" },
      { name: "y:2", kind: "libretranslate", url: "http://y:2/translate" },
    ]);
  });

  it("refuses unknown kinds, non-URLs and duplicate names", () => {
    expect(() => parseProviderList("a=azure+http://x")).toThrow(/kind must be one of/);
    expect(() => parseProviderList("a=not a url")).toThrow();
    expect(() => parseProviderList("ftp://x")).toThrow(/http/);
    expect(() => parseProviderList("a=http://x,a=http://y")).toThrow(/twice/);
  });
});

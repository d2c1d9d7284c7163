import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpTranslator, createTranslator, TRANSLATION_UNAVAILABLE, unavailableTranslator } from "./translator.js";

describe("translator", () => {
  let server: Server;
  let url: string;
  const requests: Record<string, unknown>[] = [];

  beforeAll(async () => {
    // A stand-in LibreTranslate: upper-cases the text, refuses the "xx" target.
    server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk) => (raw += chunk));
      req.on("end", () => {
        const body = JSON.parse(raw);
        requests.push({ path: req.url, ...body });
        res.setHeader("content-type", "application/json");
        if (body.target === "xx") {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: "xx is not supported" }));
          return;
        }
        res.end(JSON.stringify({ translatedText: `[${body.target}] ${String(body.q).toUpperCase()}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("says translation is unavailable without a provider, returning the text untouched", async () => {
    const translator = createTranslator({});
    expect(translator).toBe(unavailableTranslator);
    expect(translator.available).toBe(false);
    expect(await translator.translate("مرحبا", "ar", "en")).toEqual({ text: "مرحبا", translated: false, provider: null, unavailableReason: TRANSLATION_UNAVAILABLE });
  });

  it("calls a LibreTranslate-compatible endpoint with the API key", async () => {
    const translator = createHttpTranslator({ url, apiKey: "k1" });
    expect(translator.available).toBe(true);
    const outcome = await translator.translate("hola", "es", "en");
    expect(outcome).toEqual({ text: "[en] HOLA", translated: true, provider: new URL(url).host, unavailableReason: null });
    expect(requests.at(-1)).toEqual({ path: "/translate", q: "hola", source: "es", target: "en", format: "text", api_key: "k1" });
  });

  it("reports the provider's refusal instead of pretending", async () => {
    const outcome = await createHttpTranslator({ url: `${url}/translate` }).translate("hola", null, "xx");
    expect(outcome).toMatchObject({ text: "hola", translated: false, unavailableReason: "translation failed: xx is not supported" });
    expect(requests.at(-1)).toMatchObject({ source: "auto" });
  });

  it("reports an unreachable provider", async () => {
    const outcome = await createHttpTranslator({ url: "http://127.0.0.1:9", timeoutMs: 500 }).translate("hola", "es", "en");
    expect(outcome.translated).toBe(false);
    expect(outcome.unavailableReason).toMatch(/^translation failed: /);
  });
});

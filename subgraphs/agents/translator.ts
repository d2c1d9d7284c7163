/**
 * Pluggable translation for conversations no available agent speaks. The HTTP provider speaks
 * the LibreTranslate API (`POST /translate {q, source, target, format, api_key}` →
 * `{translatedText}`); without a provider configured translation is reported as unavailable —
 * never faked by echoing the text as if it were translated.
 */

export interface TranslationOutcome {
  /** The translated text, or the original text when nothing was translated. */
  text: string;
  translated: boolean;
  provider: string | null;
  /** Why nothing was translated (no provider, provider failed); null when translated. */
  unavailableReason: string | null;
}

export interface Translator {
  /** Whether a provider is configured (the routing flag `translationAvailable`). */
  readonly available: boolean;
  readonly provider: string | null;
  translate(text: string, source: string | null, target: string): Promise<TranslationOutcome>;
}

export const TRANSLATION_UNAVAILABLE = "translation unavailable: no translator is configured (set TRANSLATOR_URL)";

export const unavailableTranslator: Translator = {
  available: false,
  provider: null,
  async translate(text) {
    return { text, translated: false, provider: null, unavailableReason: TRANSLATION_UNAVAILABLE };
  },
};

export interface HttpTranslatorOptions {
  /** Base URL of a LibreTranslate-compatible server; `/translate` is appended unless present. */
  url: string;
  apiKey?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export function createHttpTranslator(options: HttpTranslatorOptions): Translator {
  const endpoint = /\/translate\/?$/.test(options.url) ? options.url : `${options.url.replace(/\/$/, "")}/translate`;
  const provider = new URL(endpoint).host;
  const doFetch = options.fetchImpl ?? fetch;
  return {
    available: true,
    provider,
    async translate(text, source, target) {
      if (text.trim() === "") return { text, translated: true, provider, unavailableReason: null };
      try {
        const response = await doFetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ q: text, source: source ?? "auto", target, format: "text", ...(options.apiKey ? { api_key: options.apiKey } : {}) }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        const body = (await response.json().catch(() => null)) as { translatedText?: unknown; error?: unknown } | null;
        if (!response.ok || typeof body?.translatedText !== "string") {
          const detail = typeof body?.error === "string" ? body.error : `HTTP ${response.status}`;
          return { text, translated: false, provider, unavailableReason: `translation failed: ${detail}` };
        }
        return { text: body.translatedText, translated: true, provider, unavailableReason: null };
      } catch (error) {
        return { text, translated: false, provider, unavailableReason: `translation failed: ${(error as Error).message}` };
      }
    },
  };
}

export function createTranslator(config: { TRANSLATOR_URL?: string; TRANSLATOR_API_KEY?: string; TRANSLATOR_TIMEOUT_MS?: number }): Translator {
  return config.TRANSLATOR_URL
    ? createHttpTranslator({ url: config.TRANSLATOR_URL, apiKey: config.TRANSLATOR_API_KEY, timeoutMs: config.TRANSLATOR_TIMEOUT_MS })
    : unavailableTranslator;
}

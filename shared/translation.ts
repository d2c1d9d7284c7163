/**
 * Translation of conversation text through one or more providers behind one port
 * (`TranslationProvider`). Each translation asks every configured provider in parallel and keeps
 * the answer with the best confidence (ties: the provider listed first), as the specification's
 * translation service does. Without a provider, or when all of them fail, the outcome says so
 * and carries the original text — never the text echoed back as if it were translated.
 *
 * Adapters:
 * - `libretranslate`: `POST /translate {q, source, target, format, api_key}` → `{translatedText}`.
 *   Confidence is the answer's `confidence` when the server sends one (0–1, or 0–100), else
 *   `detectedLanguage.confidence` (0–100) when it detected the source, else 0.5.
 * - `google`: the Cloud Translation v2 REST shape, `POST /language/translate/v2 {q, source,
 *   target, format}` (key as `?key=` in the URL) → `{data: {translations: [{translatedText}]}}`,
 *   confidence as above (0.5 unless the answer carries one).
 */

export interface ProviderAnswer {
  text: string;
  /** In [0, 1]. */
  confidence: number;
  /** The source language the provider detected, when it was asked to detect it. */
  detectedLanguage?: string | null;
}

/** The port: one translation service. Throws when it cannot answer. */
export interface TranslationProvider {
  readonly name: string;
  translate(text: string, source: string | null, target: string, signal: AbortSignal): Promise<ProviderAnswer>;
}

export interface TranslationOutcome {
  /** The translated text, or the original text when nothing was translated. */
  text: string;
  translated: boolean;
  /** The best answer's confidence in [0, 1]; null when nothing was translated. */
  confidence: number | null;
  originalText: string;
  /** The source language given or detected; null when unknown. */
  fromLanguage: string | null;
  toLanguage: string;
  /** The provider whose answer was kept. */
  provider: string | null;
  /** Why nothing was translated (no provider, all failed); null when translated. */
  unavailableReason: string | null;
}

export interface Translator {
  /** Whether at least one provider is configured (the routing flag `translationAvailable`). */
  readonly available: boolean;
  readonly providers: readonly string[];
  translate(text: string, source: string | null, target: string): Promise<TranslationOutcome>;
}

export const TRANSLATION_UNAVAILABLE =
  "translation unavailable: no translator is configured (set TRANSLATOR_URL or TRANSLATION_PROVIDERS)";

/** Confidence given to an answer whose provider reports none. */
export const UNREPORTED_CONFIDENCE = 0.5;

function clampConfidence(value: unknown, scale: number): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  const unit = scale === 1 && value > 1 ? value / 100 : value / scale;
  return Math.min(1, Math.max(0, unit));
}

async function postJson(url: string, body: unknown, signal: AbortSignal): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  const parsed = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || !parsed || typeof parsed !== "object") {
    const detail =
      typeof parsed?.error === "string"
        ? parsed.error
        : typeof (parsed?.error as { message?: unknown })?.message === "string"
          ? (parsed!.error as { message: string }).message
          : `HTTP ${response.status}`;
    throw new Error(detail);
  }
  return parsed;
}

export function libreTranslateProvider(options: { name?: string; url: string; apiKey?: string }): TranslationProvider {
  const endpoint = /\/translate\/?$/.test(options.url) ? options.url : `${options.url.replace(/\/$/, "")}/translate`;
  return {
    name: options.name ?? new URL(endpoint).host,
    async translate(text, source, target, signal) {
      const body = await postJson(
        endpoint,
        {
          q: text,
          source: source ?? "auto",
          target,
          format: "text",
          ...(options.apiKey ? { api_key: options.apiKey } : {}),
        },
        signal,
      );
      if (typeof body.translatedText !== "string") throw new Error("the answer has no translatedText");
      const detected = body.detectedLanguage as { confidence?: unknown; language?: unknown } | undefined;
      const confidence =
        clampConfidence(body.confidence, 1) ??
        (source ? null : clampConfidence(detected?.confidence, 100)) ??
        UNREPORTED_CONFIDENCE;
      return {
        text: body.translatedText,
        confidence,
        detectedLanguage: typeof detected?.language === "string" ? detected.language : null,
      };
    },
  };
}

export function googleV2Provider(options: { name?: string; url: string }): TranslationProvider {
  const endpoint = new URL(options.url);
  if (!/\/language\/translate\/v2\/?$/.test(endpoint.pathname))
    endpoint.pathname = `${endpoint.pathname.replace(/\/$/, "")}/language/translate/v2`;
  return {
    name: options.name ?? endpoint.host,
    async translate(text, source, target, signal) {
      const body = await postJson(
        endpoint.toString(),
        { q: text, target, format: "text", ...(source ? { source } : {}) },
        signal,
      );
      const first = (
        body.data as
          | { translations?: { translatedText?: unknown; detectedSourceLanguage?: unknown; confidence?: unknown }[] }
          | undefined
      )?.translations?.[0];
      if (typeof first?.translatedText !== "string")
        throw new Error("the answer has no data.translations[0].translatedText");
      return {
        text: first.translatedText,
        confidence: clampConfidence(first.confidence, 1) ?? UNREPORTED_CONFIDENCE,
        detectedLanguage: typeof first.detectedSourceLanguage === "string" ? first.detectedSourceLanguage : null,
      };
    },
  };
}

export const PROVIDER_KINDS = ["libretranslate", "google"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface ProviderSpec {
  name: string;
  kind: ProviderKind;
  url: string;
}

/**
 * `TRANSLATION_PROVIDERS`: comma-separated `name=kind+url` entries, kind and name optional
 * (`libretranslate` and the URL's host): `libre=http://lt:5000, gcloud=google+https://translation.googleapis.com/?key=K`.
 * Throws an Error with a readable message for a bad entry.
 */
export function parseProviderList(raw: string): ProviderSpec[] {
  const specs: ProviderSpec[] = [];
  for (const entry of raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^(?:([A-Za-z0-9_.-]{1,40})=)?(?:([a-z]+)\+)?(\S+)$/.exec(entry);
    if (!match) throw new Error(`entry "${entry}" is not [name=][kind+]url`);
    const [, name, kind = "libretranslate", url] = match;
    if (!(PROVIDER_KINDS as readonly string[]).includes(kind))
      throw new Error(`entry "${entry}": kind must be one of ${PROVIDER_KINDS.join(", ")}`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`entry "${entry}": "${url}" is not a URL`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw new Error(`entry "${entry}": the URL must be http(s)`);
    const spec = { name: name ?? parsed.host, kind: kind as ProviderKind, url };
    if (specs.some((s) => s.name === spec.name)) throw new Error(`provider name "${spec.name}" is listed twice`);
    specs.push(spec);
  }
  return specs;
}

export interface TranslatorOptions {
  timeoutMs?: number;
}

/** Asks every provider in parallel; keeps the best-confidence answer (ties: the earlier provider). */
export function createTranslator(
  providers: readonly TranslationProvider[],
  options: TranslatorOptions = {},
): Translator {
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    available: providers.length > 0,
    providers: providers.map((p) => p.name),
    async translate(text, source, target) {
      const base = { originalText: text, fromLanguage: source, toLanguage: target };
      if (providers.length === 0)
        return {
          ...base,
          text,
          translated: false,
          confidence: null,
          provider: null,
          unavailableReason: TRANSLATION_UNAVAILABLE,
        };
      if (text.trim() === "" || source === target)
        return { ...base, text, translated: true, confidence: 1, provider: null, unavailableReason: null };
      const signal = AbortSignal.timeout(timeoutMs);
      const settled = await Promise.allSettled(providers.map((p) => p.translate(text, source, target, signal)));
      let best: { answer: ProviderAnswer; provider: string } | null = null;
      const failures: string[] = [];
      settled.forEach((result, index) => {
        if (result.status === "rejected") {
          failures.push(`${providers[index].name}: ${(result.reason as Error)?.message ?? String(result.reason)}`);
        } else if (!best || result.value.confidence > best.answer.confidence) {
          best = { answer: result.value, provider: providers[index].name };
        }
      });
      if (!best)
        return {
          ...base,
          text,
          translated: false,
          confidence: null,
          provider: null,
          unavailableReason: `translation failed: ${failures.join("; ")}`,
        };
      const { answer, provider } = best as { answer: ProviderAnswer; provider: string };
      return {
        ...base,
        fromLanguage: source ?? answer.detectedLanguage ?? null,
        text: answer.text,
        translated: true,
        confidence: answer.confidence,
        provider,
        unavailableReason: null,
      };
    },
  };
}

export interface TranslationConfig {
  TRANSLATOR_URL?: string;
  TRANSLATOR_API_KEY?: string;
  TRANSLATOR_TIMEOUT_MS?: number;
  TRANSLATION_PROVIDERS?: string;
}

/** The providers the configuration names: TRANSLATOR_URL (LibreTranslate) first, then TRANSLATION_PROVIDERS. */
export function translatorFromConfig(config: TranslationConfig): Translator {
  const specs: ProviderSpec[] = [];
  if (config.TRANSLATOR_URL)
    specs.push({ name: new URL(config.TRANSLATOR_URL).host, kind: "libretranslate", url: config.TRANSLATOR_URL });
  for (const spec of config.TRANSLATION_PROVIDERS ? parseProviderList(config.TRANSLATION_PROVIDERS) : []) {
    if (!specs.some((s) => s.name === spec.name)) specs.push(spec);
  }
  const providers = specs.map((spec) =>
    spec.kind === "google"
      ? googleV2Provider(spec)
      : libreTranslateProvider({ ...spec, apiKey: config.TRANSLATOR_API_KEY }),
  );
  return createTranslator(providers, { timeoutMs: config.TRANSLATOR_TIMEOUT_MS });
}

const translators = new WeakMap<object, Translator>();

/** One translator per process configuration. */
export function translatorFor(services: { config: TranslationConfig }): Translator {
  let translator = translators.get(services.config);
  if (!translator) translators.set(services.config, (translator = translatorFromConfig(services.config)));
  return translator;
}

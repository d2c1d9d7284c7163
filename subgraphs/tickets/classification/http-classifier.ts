/**
 * A ticket classifier served over HTTP: POSTs `{subject, description, language}`
 * as JSON and expects a TicketClassification back. Any failure — network
 * error, timeout, non-2xx status, malformed answer — is answered by the
 * fallback classifier instead, so ticket creation never fails on it.
 */
import type { TicketClassification, TicketClassificationInput, TicketClassifier } from "./types.js";
import { TICKET_TAXONOMY, type CategoryKey, type SubcategoryKey } from "./taxonomy.js";

export interface HttpTicketClassifierOptions {
  readonly url: string;
  /** Abort the request after this long. Default 2000 ms. */
  readonly timeoutMs?: number;
  /** Answers when the remote classifier cannot. */
  readonly fallback: TicketClassifier;
  /** Called with the reason whenever the fallback is used (for logging and metrics). */
  readonly onFallback?: (error: unknown) => void;
  readonly headers?: Readonly<Record<string, string>>;
  /** Injectable for tests. Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

export class RemoteClassifierError extends Error {
  override readonly name = "RemoteClassifierError";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isProbability(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 1;
}

function isCategoryKey(value: unknown): value is CategoryKey {
  return typeof value === "string" && Object.hasOwn(TICKET_TAXONOMY, value);
}

function isSubcategoryOf(category: CategoryKey, value: unknown): value is SubcategoryKey {
  return typeof value === "string" && (TICKET_TAXONOMY[category] as readonly string[]).includes(value);
}

/** Checks a remote answer against the TicketClassification contract and the taxonomy. */
export function parseTicketClassification(body: unknown): TicketClassification {
  if (!isRecord(body)) throw new RemoteClassifierError("response is not a JSON object");
  const { categoryKey, subcategoryKey, confidence, subcategoryConfidence, tags, ranking } = body;
  if (!isCategoryKey(categoryKey))
    throw new RemoteClassifierError(`unknown categoryKey ${JSON.stringify(categoryKey)}`);
  if (!isSubcategoryOf(categoryKey, subcategoryKey)) {
    throw new RemoteClassifierError(`subcategoryKey ${JSON.stringify(subcategoryKey)} is not in ${categoryKey}`);
  }
  if (!isProbability(confidence) || !isProbability(subcategoryConfidence)) {
    throw new RemoteClassifierError("confidences must be numbers in [0, 1]");
  }
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) {
    throw new RemoteClassifierError("tags must be an array of strings");
  }
  const parsedRanking = Array.isArray(ranking) ? ranking : [];
  if (
    !parsedRanking.every(
      (entry) => isRecord(entry) && isCategoryKey(entry.categoryKey) && isProbability(entry.probability),
    )
  ) {
    throw new RemoteClassifierError("ranking must list {categoryKey, probability}");
  }
  return {
    categoryKey,
    subcategoryKey,
    confidence,
    subcategoryConfidence,
    tags: tags as string[],
    ranking: parsedRanking as TicketClassification["ranking"],
  };
}

export class HttpTicketClassifier implements TicketClassifier {
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpTicketClassifierOptions) {
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async classify(input: TicketClassificationInput): Promise<TicketClassification> {
    try {
      return await this.classifyRemotely(input);
    } catch (error) {
      this.options.onFallback?.(error);
      return this.options.fallback.classify(input);
    }
  }

  private async classifyRemotely(input: TicketClassificationInput): Promise<TicketClassification> {
    const response = await this.fetch(this.options.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...this.options.headers },
      body: JSON.stringify({
        subject: input.subject,
        description: input.description,
        language: input.language ?? null,
      }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new RemoteClassifierError(`remote classifier answered HTTP ${response.status}`);
    return parseTicketClassification(await response.json());
  }
}

/**
 * Real local HTTP translators for tests: LibreTranslate-shaped servers whose answers (and
 * confidences) the test chooses, so several can disagree. Each records what it was asked.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface TranslatorCall {
  q: string;
  source: string;
  target: string;
  format?: string;
  api_key?: string;
}

export interface LocalTranslator {
  url: string;
  calls: TranslatorCall[];
  close(): Promise<void>;
}

/** `answer` returns the translated text and the confidence (omit to report none). */
export async function startLocalTranslator(
  answer: (call: TranslatorCall) => { text: string; confidence?: number } | { status: number; error: string },
): Promise<LocalTranslator> {
  const calls: TranslatorCall[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const call = JSON.parse(raw) as TranslatorCall;
      calls.push(call);
      const result = answer(call);
      res.setHeader("content-type", "application/json");
      if ("error" in result) {
        res.statusCode = result.status;
        res.end(JSON.stringify({ error: result.error }));
        return;
      }
      res.end(
        JSON.stringify({
          translatedText: result.text,
          ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

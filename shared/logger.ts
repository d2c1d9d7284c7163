/**
 * Structured logs through pino: one JSON object per line on stdout (or the destination given),
 * `{"level":"info","time":"2026-…Z","msg":"…", …fields}`. Every line written while a request
 * is handled carries its `requestId` (request-scope.ts); credentials are redacted by field name
 * and by shape (log-redaction.ts).
 */
import { pino, stdTimeFunctions, type DestinationStream, type Logger as PinoLogger } from "pino";
import { redactNested, redactPaths, REDACTED, scrubText, serializeError } from "./log-redaction.js";
import { currentRequestId } from "./request-scope.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  /** Fields on every line (a child logger adds more). */
  bindings?: Record<string, unknown>;
  /** Where the lines go (anything with `write(line)`); stdout by default. */
  destination?: DestinationStream;
}

export function createLogger(level: LogLevel = "info", options: LoggerOptions = {}): Logger {
  const root = pino(
    {
      level,
      // No pid/hostname: the orchestrator labels each process's stream.
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: redactNested,
      },
      redact: { paths: redactPaths(), censor: REDACTED },
      serializers: { error: serializeError, err: serializeError },
      // A fresh object each call: pino merges the line's own fields into it.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    options.destination ?? process.stdout,
  );
  return bind(root, options.bindings ?? {});
}

/**
 * A logger with `bindings` on every line. Children are made from the root with the merged
 * bindings, so a field bound twice appears once (the inner value), as with object spread.
 * pino redacts top-level bindings by path; what is nested in them is redacted here.
 */
function bind(root: PinoLogger, bindings: Record<string, unknown>): Logger {
  const instance = Object.keys(bindings).length > 0 ? root.child(redactNested(bindings)) : root;
  return wrap(instance, (fields) => bind(root, { ...bindings, ...fields }));
}

type Method = "debug" | "info" | "warn" | "error";

function wrap(instance: PinoLogger, child: (fields: Record<string, unknown>) => Logger): Logger {
  const write = (method: Method) => (message: string, fields?: Record<string, unknown>) => {
    if (!instance.isLevelEnabled(method)) return;
    if (fields) instance[method](fields, scrubText(message));
    else instance[method](scrubText(message));
  };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child,
  };
}

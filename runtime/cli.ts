/** Shared start-up for command-line entry points: errors the operator fixes print one line and exit 1. */
import { StartupError } from "../shared/config.js";

/**
 * Runs `main`; a StartupError prints its one line, anything else its stack, then exit 1. A
 * service passes `reportUnexpected` to write that failure as a (redacted) log line instead.
 */
export function runMain(main: () => Promise<void>, reportUnexpected?: (error: unknown) => boolean): void {
  main().catch((error) => {
    if (error instanceof StartupError) {
      console.error(error.message);
    } else if (!reportUnexpected?.(error)) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    process.exit(1);
  });
}

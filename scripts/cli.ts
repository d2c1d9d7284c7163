/** Shared start-up for command-line entry points: config errors print one line and exit 1. */
import { ConfigError } from "../subgraphs/common/config.js";

export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    process.exit(1);
  });
}

/** Shared start-up for command-line entry points: errors the operator fixes print one line and exit 1. */
import { StartupError } from "../subgraphs/common/config.js";

export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    if (error instanceof StartupError) {
      console.error(error.message);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    process.exit(1);
  });
}

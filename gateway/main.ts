/** Runs the gateway as its own process (see scripts/process.ts). */
import { runService } from "../scripts/process.js";

runService("gateway");

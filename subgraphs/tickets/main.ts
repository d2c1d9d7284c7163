/** Runs the tickets subgraph as its own process (see scripts/process.ts). */
import { runService } from "../../scripts/process.js";

runService("tickets");

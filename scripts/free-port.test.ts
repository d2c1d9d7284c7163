import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ephemeralRangeStart, freePort } from "./free-port.js";

describe("freePort", () => {
  it("gives a port that can be listened on, below the ephemeral range where the kernel says what it is", async () => {
    const start = await ephemeralRangeStart();
    for (let i = 0; i < 5; i++) {
      const port = await freePort();
      if (start !== null && start > 10_000) {
        expect(port).toBeGreaterThanOrEqual(10_000);
        expect(port).toBeLessThan(start);
      }
      const server = createServer();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", resolve);
      });
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

import { describe, expect, it } from "vitest";
import { layerOf, moduleOf, summarise, type CpuProfile } from "./cpu-profile.js";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

describe("CPU profile summary", () => {
  it("names the module of a frame: a package (scoped, nested), a project file, Node, V8", () => {
    expect(moduleOf(frame("f", "file:///app/node_modules/@prisma/client/runtime/client.js"))).toBe("@prisma/client");
    expect(moduleOf(frame("f", "file:///app/node_modules/a/node_modules/pg/lib/client.js"))).toBe("pg");
    expect(moduleOf(frame("f", "file:///work/wt/x/shared/http.ts"))).toBe("shared/http.ts");
    expect(moduleOf(frame("f", "node:internal/crypto/keys"))).toBe("node:internal/crypto");
    expect(moduleOf(frame("emit", "node:events"))).toBe("node:events");
    expect(moduleOf(frame("(garbage collector)", ""))).toBe("(garbage collector)");
    expect(moduleOf(frame("writev", ""))).toBe("(native / V8)");
  });

  it("groups modules into the layers a request passes through", () => {
    expect(layerOf("@prisma/adapter-pg")).toMatch(/^Prisma/);
    expect(layerOf("pg-protocol")).toMatch(/^PostgreSQL driver/);
    expect(layerOf("postgres-date")).toMatch(/^PostgreSQL driver/);
    expect(layerOf("node:internal/crypto")).toMatch(/^identity tokens/);
    expect(layerOf("@pothos/plugin-scope-auth")).toMatch(/^GraphQL execution/);
    expect(layerOf("shared/http.ts")).toMatch(/^our code/);
    expect(layerOf("left-pad")).toBe("other");
  });

  it("counts self time per sample, inclusive time once per function on the stack, and skips the start", () => {
    // root → handler (project) → verify (jose); samples: handler, verify, verify, verify (µs deltas).
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), children: [2] },
        { id: 2, callFrame: frame("handler", "file:///p/shared/http.ts"), children: [3] },
        { id: 3, callFrame: frame("verify", "file:///p/node_modules/jose/dist/x.js") },
      ],
      startTime: 0,
      endTime: 4000,
      samples: [2, 3, 3, 3],
      timeDeltas: [0, 1000, 1000, 1000],
    };
    const all = summarise(profile);
    // The last sample has no successor, so no duration.
    expect(all.totalMs).toBe(3);
    expect(all.byModule.map((s) => [s.name, s.ms])).toEqual([
      ["jose", 2],
      ["shared/http.ts", 1],
    ]);
    expect(all.byLayer.map((s) => s.ms)).toEqual([2, 1]);
    expect(all.byTotal.find((s) => s.name.startsWith("handler"))?.ms).toBe(3);
    const later = summarise(profile, 0.0015);
    expect(later.totalMs).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { productionNodeOptions } from "./production-node.js";

describe("productionNodeOptions", () => {
  it("reads the image's NODE_OPTIONS from the Dockerfile", () => {
    expect(productionNodeOptions()).toEqual(["--max-semi-space-size=32"]);
    expect(productionNodeOptions('FROM node\nENV NODE_OPTIONS="--a=1 --b"\n')).toEqual(["--a=1", "--b"]);
    expect(productionNodeOptions("FROM node\n")).toEqual([]);
  });
});

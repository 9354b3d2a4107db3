import { describe, expect, it, vi } from "vitest";

// as in the analysis worker's bundle: no asset bundled
vi.mock("./assets-bundled", () => ({ bundledAssets: {} }));
const { assetText, giveAssets } = await import("./assets");

describe("the engine's assets", () => {
  it("are read as given, and an asset neither given nor bundled is an error that names its file", () => {
    expect(() => assetText("word-vectors.txt")).toThrow(
      /^engine\/assets\/word-vectors\.txt: the analysis has not been given this file$/u,
    );
    giveAssets({
      "nlp-core.txt": "core",
      "word-vectors.txt": "vectors",
      "word-senses.json": "{}",
    });
    expect(assetText("word-vectors.txt")).toBe("vectors");
    expect(assetText("word-senses.json")).toBe("{}");
  });
});

import { describe, expect, it, vi } from 'vitest';

// as in the analysis worker's bundle: no asset bundled
vi.mock('./assets-bundled', () => ({ bundledAssets: {} }));
const { assetBytes, giveAssets } = await import('./assets');
const bytes = (text: string) => new TextEncoder().encode(text);

describe("the engine's assets", () => {
  it('are read as given, and an asset neither given nor bundled is an error that names its file', () => {
    expect(() => assetBytes('word-vectors.txt')).toThrow(/^engine\/assets\/word-vectors\.txt: the analysis has not been given this file$/u);
    giveAssets({
      'nlp-core.txt': bytes('core'),
      'word-vectors.txt': bytes('vectors'),
      'word-senses.json': bytes('{}'),
    });
    expect(assetBytes('word-vectors.txt')).toEqual(bytes('vectors'));
    expect(assetBytes('word-senses.json')).toEqual(bytes('{}'));
  });
});

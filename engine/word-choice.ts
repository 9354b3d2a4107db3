/** Word choices between aligned sentences: which outlet picked the stronger or more charged word for the same thing, and why. */
import { LOADED_VERBS, LAUDATORY, PEJORATIVE } from './lexicon/descriptors';
import { LOADED } from './lexicon/framing';
import { isPlainNewsWord, lemmaOf, neutralUse } from './markers-evaluative';
import { AFINN } from './sentiment';
import type { AttributionClass, MarkCategory, Pos, Token } from './types';
import type { WordVectors } from './word-vectors';
import { wordSenses } from './word-senses';

/**
 * How close two words' vectors must be to name the same thing (cosine of the quantised vectors; "slashed"/"reduced"
 * 0.57, "dictator"/"leader" 0.45, "slashed"/"said" 0.26). The vectors are topical, so a pair also has to fill the
 * same slot (the same shared word before or after it) and differ in charge.
 */
export const SAME_THING = 0.42;
/** How much stronger a word must be than every alternative to count as the charged choice. */
const STRONGER_BY = 0.5;
/** Words of one sentence compared at most, which bounds the pairwise work on a long sentence. */
const MAX_WORDS = 60;

/** A word's framing class as the column marks it. */
export interface WordClass {
  category: MarkCategory;
  reason: string;
  attribution?: AttributionClass;
  quoted?: boolean;
  /** Where the mark the word belongs to starts: words of one mark ("according to") share it. */
  start?: number;
}

/** One version's words that the other versions do not share, with their classes. */
export interface UnsharedWords {
  /** How many articles wrote this version. */
  articles: number;
  /** Each word with the nearest words before and after it that every compared version shares (its slot). */
  words: { index: number; token: Token; cls: WordClass | undefined; before?: string | undefined; after?: string | undefined }[];
}

const POS_NAME: Partial<Record<Pos, string>> = { VERB: 'verb', ADJ: 'adjective', NOUN: 'noun', ADV: 'adverb' };
const ATTRIBUTION_VOICE: Record<AttributionClass, string> = {
  neutral: 'reports the statement neutrally',
  doubt: 'casts doubt on the statement',
  endorse: 'presents the statement as established fact',
  wrongdoing: 'implies fault or a reluctant admission',
};

function coarse(t: Token): Pos | undefined {
  const pos = t.pos === 'AUX' ? 'VERB' : t.pos;
  return pos && POS_NAME[pos] ? pos : undefined;
}

/** How charged a word is: 1 for a framing mark or a listed loaded word, 0.5 more for a strong sentiment word. */
function strength(t: Token, cls: WordClass | undefined): number {
  const lemma = lemmaOf(t);
  const listed = LOADED[t.norm] !== undefined || LOADED_VERBS.has(lemma) || PEJORATIVE.has(t.norm) || LAUDATORY.has(t.norm);
  // a later word of a longer mark ("tariffs" in "slap tariffs") does not carry the mark's charge
  const marked = cls !== undefined && cls.category !== 'attribution' && (cls.start === undefined || cls.start === t.start);
  return (marked || listed ? 1 : 0) + (Math.abs(sentimentOf(t)) >= 3 ? 0.5 : 0);
}

/**
 * The word's sentiment score, 0 for plain news vocabulary ("deficit", "praised", "worried") and wherever the column
 * finds the listed word not evaluative in its use ("goods", whose lemma "good" the list scores as the adjective).
 */
function sentimentOf(t: Token): number {
  if (isPlainNewsWord(t)) return 0;
  const score = AFINN.get(t.norm) ?? AFINN.get(lemmaOf(t)) ?? 0;
  return score !== 0 && neutralUse(t, score, false) !== undefined ? 0 : score;
}

/** Words WordNet does not know must be this close in the vectors to count as naming the same thing. */
const SAME_THING_UNKNOWN = 0.6;

/**
 * Whether two words the vectors put close can name the same thing: WordNet gives them a shared sense or one as a
 * kind of the other, and not as opposites ("slashed"/"reduced", not "increase"/"decrease" nor "slap"/"face").
 */
function namesSameThing(a: string, b: string, score: number): boolean {
  const key = `${a} ${b}`;
  let answer = NAMES_SAME_THING.get(key);
  if (answer === undefined) {
    const senses = wordSenses();
    answer = senses.has(a) && senses.has(b) ? senses.sameThing(a, b) : score >= SAME_THING_UNKNOWN;
    if (NAMES_SAME_THING.size > 200_000) NAMES_SAME_THING.clear();
    NAMES_SAME_THING.set(key, answer);
  }
  return answer;
}
/** namesSameThing's answers by word pair, in order (the score is the pair's cosine, fixed by the words; bounded). */
const NAMES_SAME_THING = new Map<string, boolean>();

/** The vocabulary position of the word the vectors know for a token (its form, else its lemma), or -1. */
function vectorPlace(t: Token, vectors: WordVectors): number {
  return vectors.indexOf(t.norm) ?? vectors.indexOf(lemmaOf(t)) ?? -1;
}

/** vectorPlace of each compared word of each version, looked up on first use: a word is weighed against many. */
class VectorPlaces {
  private readonly places: Int32Array[];

  constructor(
    private readonly versions: readonly UnsharedWords[],
    private readonly vectors: WordVectors,
  ) {
    this.places = versions.map((v) => new Int32Array(Math.min(v.words.length, MAX_WORDS)).fill(-2));
  }

  /** The place of word k of version vi. */
  of(vi: number, k: number): number {
    const places = this.places[vi]!;
    let at = places[k]!;
    if (at === -2) places[k] = at = vectorPlace(this.versions[vi]!.words[k]!.token, this.vectors);
    return at;
  }
}

function alternatives(words: readonly { raw: string; articles: number }[]): { text: string; count: number } {
  const seen = [...new Set(words.map((w) => w.raw.toLowerCase()))];
  return { text: seen.map((w) => `'${w}'`).join(' or '), count: words.reduce((n, w) => n + w.articles, 0) };
}

function others(n: number, verb: string): string {
  return n === 1 ? `1 other ${verb}s` : `${n} others ${verb}`;
}

/** A version's attribution verbs outside quotes, the words of one mark ("according to") joined. */
function attributionVerbs(v: UnsharedWords): { raw: string; articles: number; cls: AttributionClass }[] {
  const out: { raw: string; articles: number; cls: AttributionClass; start: number | undefined }[] = [];
  for (const x of v.words) {
    if (x.cls?.category !== 'attribution' || !x.cls.attribution || x.cls.quoted) continue;
    const last = out.at(-1);
    if (last && x.cls.start !== undefined && last.start === x.cls.start) last.raw += ` ${x.token.raw}`;
    else out.push({ raw: x.token.raw, articles: v.articles, cls: x.cls.attribution, start: x.cls.start });
  }
  return out;
}

/**
 * For each version's unshared word, the class a word-choice difference gives it: an attribution verb that
 * differs from the others' verbs, or a word that names what the others name with a plainer one (found through
 * word vectors: same part of speech, cosine ≥ SAME_THING, and confirmed by WordNet) and is clearly stronger or
 * opposite in sentiment.
 * `undefined` for a neutral verb whose alternatives are all neutral too: a trivial difference.
 */
export function wordChoices(versions: readonly UnsharedWords[], vectors: WordVectors): Map<number, Map<number, WordClass | undefined>> {
  const out = new Map<number, Map<number, WordClass | undefined>>();
  const places = new VectorPlaces(versions, vectors);
  versions.forEach((v, vi) => {
    const result = new Map<number, WordClass | undefined>();
    for (let wi = 0; wi < Math.min(v.words.length, MAX_WORDS); wi++) {
      const w = v.words[wi]!;
      if (w.cls?.quoted) continue;
      if (w.cls?.category === 'attribution' && w.cls.attribution) {
        // the rest of "according to": as its first word is judged (no mark where that word is shared or trivial)
        if (w.cls.start !== undefined && w.cls.start < w.token.start) {
          const head = v.words.find((x) => x.token.start === w.cls!.start);
          if (!head) result.set(w.index, undefined);
          else if (result.has(head.index)) result.set(w.index, result.get(head.index));
          continue;
        }
        const alts = versions.flatMap((o, oi) => (oi === vi ? [] : attributionVerbs(o)));
        const own = w.cls.attribution;
        if (!alts.length || alts.every((a) => a.cls === own)) {
          if (own === 'neutral') result.set(w.index, undefined);
          continue;
        }
        const { text, count } = alternatives(alts.filter((a) => a.cls !== own));
        const verb = attributionVerbs({ articles: 1, words: v.words.filter((x) => x.cls?.start === w.cls!.start) })[0]?.raw ?? w.token.raw;
        const mark: WordClass = { category: 'attribution', attribution: own, reason: `'${verb}' ${ATTRIBUTION_VOICE[own]}; ${others(count, 'write')} ${text}` };
        if (w.cls.start !== undefined) mark.start = w.cls.start;
        result.set(w.index, mark);
        continue;
      }
      const pos = coarse(w.token);
      if (!pos) continue;
      const alts: { raw: string; articles: number; token: Token; cls: WordClass | undefined }[] = [];
      const lemma = lemmaOf(w.token);
      // the word's place in the vectors is looked up once a word of another version fills its slot: most have none
      let at = -2;
      for (let oi = 0; oi < versions.length && at !== -1; oi++) {
        if (oi === vi) continue;
        const o = versions[oi]!;
        let best: { score: number; x: (typeof o.words)[number] } | undefined;
        const end = Math.min(o.words.length, MAX_WORDS);
        for (let k = 0; k < end; k++) {
          const x = o.words[k]!;
          // the same slot first: the cheapest test, and the one most words fail
          if (!((w.before && w.before === x.before) || (w.after && w.after === x.after))) continue;
          if (x.cls?.quoted || coarse(x.token) !== pos || lemmaOf(x.token) === lemma) continue;
          if (at === -2 && (at = places.of(vi, wi)) === -1) break;
          const other = places.of(oi, k);
          const score = other < 0 ? undefined : vectors.similarityAt(at, other);
          if (score === undefined || score < SAME_THING || (best && score <= best.score) || !namesSameThing(vectors.wordAt(at)!, vectors.wordAt(other)!, score)) continue;
          best = { score, x };
        }
        if (best) alts.push({ raw: best.x.token.raw, articles: o.articles, token: best.x.token, cls: best.x.cls });
      }
      if (!alts.length) continue;
      const mine = strength(w.token, w.cls);
      const sign = Math.sign(sentimentOf(w.token));
      const stronger = alts.every((a) => mine >= strength(a.token, a.cls) + STRONGER_BY);
      const flipped = Math.abs(sentimentOf(w.token)) >= 2 && alts.every((a) => Math.abs(sentimentOf(a.token)) >= 2 && Math.sign(sentimentOf(a.token)) === -sign);
      if (!stronger && !flipped) continue;
      const { text, count } = alternatives(alts);
      const why = flipped ? `a more ${sign < 0 ? 'negative' : 'positive'} word` : `a stronger ${POS_NAME[pos]}`;
      result.set(w.index, { category: w.cls?.category ?? 'loaded', reason: `'${w.token.raw}', where ${others(count, 'say')} ${text}: ${why}` });
    }
    out.set(vi, result);
  });
  return out;
}

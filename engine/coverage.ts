/** How much of a fact an article says in its own words: per-article lookups and the scoring of statements. */
import type { AlignmentResult, PreparedSentence } from './align';
import type { FactDetail } from './fact-table';
import { featureSimilarities, isWord, NEAR_SYNONYM, rankOfFeature, stemFeature } from './features';
import { memoized } from './memo';
import { PositionPairAnswers, wordSenses } from './word-senses';
import { wordVectors } from './word-vectors';
import { figuresAgree, type Quantity } from './numbers';
import { startsCapital } from './text';

/** Shared features of a statement that count: a group that drew in many wordings keeps its heaviest. */
const CORE_MAX = 24;
/** How much a word that only shares its first letters with the fact's word counts. */
const PREFIX_WEIGHT = 0.7;
const MONTH_OF = /^q:date:\d*-(\d+)-\d+$/u;
/** A date by weekday or "last week" alone: every "Tuesday" and "Wednesday" shares it, so it says nothing of what happened. */
const VAGUE_DATE = /^q:date:--~/u;
/** How much a near-synonym ("welcomed" for "embraced") of the fact's word counts. */
const SYNONYM_WEIGHT = 0.6;
/** Weight of a word of a statement's reporting frame ("his family said in a statement"). */
const FRAME_WEIGHT = 0.3;
/** Sentences, the best by their own words first, in which near-synonyms are looked for: bounds the vector work. */
const SYNONYM_SENTENCES = 3;
/** Share of the statement a sentence must say in the same words before near-synonyms are looked for in it. */
const SYNONYM_FROM = 0.15;
/**
 * How leniently a statement is looked for: whether a noun's near-synonym must name the same thing in WordNet, and
 * how much of what the next sentence says counts (a statement may run over two).
 */
export interface Leniency {
  nounSameThing: boolean;
  next: number;
}
/** Looking for a second telling of a sentence, which makes it a fact: any word near in meaning counts. */
export const TO_FIND: Leniency = { nounSameThing: false, next: 0.8 };
/**
 * Judging whether one more article carries a fact that others tell: a noun's near-synonym must name the same
 * thing ("morning" is not "hour", though the vectors put them side by side) and the next sentence counts for
 * less, so a sentence on the same topic is not taken for the fact.
 */
export const TO_CARRY: Leniency = { nounSameThing: true, next: 0.6 };
/** Share of a statement's weight an article must say in one or two neighbouring sentences to carry it. */
export const CARRIES = 0.5;
/** Share at which an article tells a statement in part: not a carrier, and no omission either. */
export const TELLS_IN_PART = 0.35;
/** Uncommon words two sentences must share to speak of one thing, whatever else either says ("bicycles, pianos and cheese"). */
export const RARE_SHARED = 2;

/** Per-article lookups, each built on first use: which sentences carry a feature, which words occur. */
export class ArticleIndex {
  private byFeatureMap?: Map<string, number[]>;
  private byPrefixMap?: Map<string, number[]>;
  private stems?: Set<string>[];
  private datesList?: { q: Quantity; sentence: number }[];

  constructor(private readonly sentences: PreparedSentence[]) {}

  get size(): number {
    return this.sentences.length;
  }

  get byFeature(): Map<string, number[]> {
    if (!this.byFeatureMap) {
      const byFeature = new Map<string, number[]>();
      for (const s of this.sentences) {
        for (const f of s.features) {
          const list = byFeature.get(f);
          if (list) list.push(s.sentence.index);
          else byFeature.set(f, [s.sentence.index]);
        }
      }
      this.byFeatureMap = byFeature;
    }
    return this.byFeatureMap;
  }

  /**
   * Sentences by the first letters of their word stems: "agreement" and "agreed" meet at "agre". Each list in order,
   * once per sentence; made from byFeature's lists, so a feature's first letters are cut once, not once per sentence.
   */
  get byPrefix(): Map<string, number[]> {
    if (!this.byPrefixMap) {
      const byPrefix = new Map<string, number[]>();
      /** Lists made here by merging; any other is byFeature's own list (read only, never changed). */
      const merged = new Set<number[]>();
      // forEach, not for…of: no [key, value] pair made per feature
      this.byFeature.forEach((list, f) => {
        const p = prefixOf(f);
        if (!p) return;
        const plist = byPrefix.get(p);
        if (!plist) byPrefix.set(p, list);
        else if (merged.has(plist)) plist.push(...list);
        else {
          const both = plist.concat(list);
          byPrefix.set(p, both);
          merged.add(both);
        }
      });
      // where several features share the first letters, their sentences merged: in order, each once
      for (const plist of merged) {
        if (isRising(plist)) continue;
        plist.sort((x, y) => x - y);
        let n = 1;
        for (let k = 1; k < plist.length; k++) if (plist[k] !== plist[n - 1]) plist[n++] = plist[k]!;
        plist.length = n;
      }
      this.byPrefixMap = byPrefix;
    }
    return this.byPrefixMap;
  }

  private wordSets?: (SentenceWords | undefined)[];

  /** The words of sentence i that may stand for others, worked out on first use. */
  wordsOf(i: number): SentenceWords {
    this.wordSets ??= new Array<SentenceWords | undefined>(this.sentences.length).fill(undefined);
    let set = this.wordSets[i];
    if (!set) {
      set = { soft: [], softRanks: [] };
      const names = namesOf(this.sentences[i]!);
      for (const f of this.sentences[i]!.features) {
        if (!f.startsWith('w:')) continue;
        const rank = names.has(f) ? undefined : rankOfFeature(f);
        if (rank !== undefined) {
          set.soft.push(f);
          set.softRanks.push(rank);
        }
      }
      this.wordSets[i] = set;
    }
    return set;
  }

  get stemsBySentence(): Set<string>[] {
    this.stems ??= this.sentences.map((s) => {
      const stems = new Set<string>();
      for (const t of s.sentence.tokens) if (t.content) stems.add(t.stem);
      return stems;
    });
    return this.stems;
  }

  get dates(): { q: Quantity; sentence: number }[] {
    this.datesList ??= this.sentences.flatMap((s) => s.quantities.filter((q) => q.kind === 'date' && q.date).map((q) => ({ q, sentence: s.sentence.index })));
    return this.datesList;
  }

  private figuresByKind?: Map<Quantity['kind'], { q: Quantity; i: number }[]>;

  private actors?: Set<string>;

  /** Ids of the actors the article mentions. */
  get actorIds(): Set<string> {
    this.actors ??= new Set(this.sentences.flatMap((s) => s.actors));
    return this.actors;
  }

  /** The first sentence that mentions the actor, or -1. */
  firstWithActor(actor: string): number {
    return this.sentences.findIndex((s) => s.actors.includes(actor));
  }

  /** True when sentence i has the words next to each other, in order. */
  hasPhrase(i: number, words: string[]): boolean {
    const norms = this.sentences[i]!.sentence.tokens.map((t) => t.norm);
    for (let k = 0; k + words.length <= norms.length; k++) {
      if (words.every((w, j) => norms[k + j] === w)) return true;
    }
    return false;
  }

  /** Figures of one kind with their sentences. */
  figuresOf(kind: Quantity['kind']): { q: Quantity; i: number }[] {
    if (!this.figuresByKind) {
      this.figuresByKind = new Map();
      for (const s of this.sentences) {
        for (const q of s.quantities) {
          const list = this.figuresByKind.get(q.kind);
          if (list) list.push({ q, i: s.sentence.index });
          else this.figuresByKind.set(q.kind, [{ q, i: s.sentence.index }]);
        }
      }
    }
    return this.figuresByKind.get(kind) ?? [];
  }

}

/** A sentence's words near-synonyms may stand for. */
interface SentenceWords {
  /** Words the vectors know that are not names: only these are looked at as near-synonyms. */
  soft: string[];
  /** The vocabulary position of the word the vectors know behind each of `soft`. */
  softRanks: number[];
}

/**
 * Word features written with a capital inside a sentence: names, days, months. The vectors put "Tuesday" next
 * to "Wednesday" and "Canada" next to "Mexico", so a name never stands for another as a near-synonym; every word
 * of a headline counts as one (headlines capitalise words).
 */
export function namesOf(s: PreparedSentence): ReadonlySet<string> {
  const known = NAMES.get(s);
  if (known) return known;
  const out = new Set<string>();
  NAMES.set(s, out);
  let first = true;
  for (const t of s.sentence.tokens) {
    if (!isWord(t.raw)) continue;
    if ((!first || s.sentence.heading) && startsCapital(t.raw)) out.add(stemFeature(t.stem));
    first = false;
  }
  return out;
}

/** namesOf per sentence, worked out once. */
const NAMES = new WeakMap<PreparedSentence, Set<string>>();

/** The `w:` features of a sentence's nouns (as `compiled` reads them), worked out once per sentence. */
function nounsOf(s: PreparedSentence): ReadonlySet<string> {
  let out = NOUNS.get(s);
  if (!out) {
    out = new Set<string>();
    for (const t of s.sentence.tokens) if (t.pos === 'NOUN') out.add(stemFeature(t.stem));
    NOUNS.set(s, out);
  }
  return out;
}
const NOUNS = new WeakMap<PreparedSentence, Set<string>>();

/** Whether a list of numbers is strictly rising. */
function isRising(list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]! <= list[k - 1]!) return false;
  return true;
}

function inAny(sets: readonly ReadonlySet<string>[], f: string): boolean {
  for (const set of sets) if (set.has(f)) return true;
  return false;
}

/**
 * The first four letters of a word feature's stem, one string per feature for the life of the engine (bounded): a
 * feature's first letters were cut again by every index, statement and article list.
 */
export const prefixOf = memoized((f: string): string | undefined => (f.startsWith('w:') && f.length >= 6 ? f.slice(0, 6) : undefined));

/** How much of a statement an article says at best, and where. */
export interface StatementScore {
  /** Share of the statement's feature weight, 0..1. */
  share: number;
  /** The sentence that says most of it (-1 when none says any of it). */
  sentence: number;
}

/** Whether an article carries a statement, tells it in part, or leaves it out, by how much of it one place says. */
export function statementVerdict(s: StatementScore): 'carries' | 'part' | 'none' {
  if (s.share >= CARRIES && s.sentence >= 0) return 'carries';
  return s.share >= TELLS_IN_PART ? 'part' : 'none';
}

/**
 * How much of a statement one sentence of the article says, with a share of the next: the best share of the
 * statement's feature weight, 0..1, and that sentence (-1 when none says any of it). Near-synonyms are looked for
 * only where they could bring a sentence to `need`: a share below it may come out lower than the sentence says.
 */
export function statementScore(core: CoreFeature[], index: ArticleIndex, leniency: Leniency = TO_FIND, need = TELLS_IN_PART): StatementScore {
  const n = index.size;
  const scratch = scratchFor(n, core.length);
  const { score, said, stamps: stamp, touched } = scratch;
  let count = 0;
  let total = 0;
  const byFeature = index.byFeature;
  const byPrefix = index.byPrefix;
  for (let j = 0; j < core.length; j++) {
    const { f, w, month, prefix, figure } = core[j]!;
    total += w;
    // one stamp per feature: a sentence counts once, by its best match
    const id = ++scratch.stampId;
    const low = w * PREFIX_WEIGHT;
    // which sentences have the word or its first letters, for synonymCredit (core has at most CORE_MAX features)
    const bit = 1 << j;
    if (prefix) {
      // the exact word first (full weight), then words that share its first letters
      const list = byPrefix.get(prefix);
      if (list) {
        for (const i of byFeature.get(f) ?? NO_SENTENCES) {
          if (stamp[i] === id) continue;
          stamp[i] = id;
          if (score[i] === 0) touched[count++] = i;
          score[i] = score[i]! + w;
          said[i] = said[i]! | bit;
        }
        for (const i of list) {
          if (stamp[i] === id) continue;
          stamp[i] = id;
          if (score[i] === 0) touched[count++] = i;
          score[i] = score[i]! + low;
          said[i] = said[i]! | bit;
        }
      }
    } else {
      for (const i of byFeature.get(f) ?? NO_SENTENCES) {
        if (stamp[i] === id) continue;
        stamp[i] = id;
        if (score[i] === 0) touched[count++] = i;
        score[i] = score[i]! + w;
        said[i] = said[i]! | bit;
      }
    }
    // "39 years" tells "four decades"; "below 50 percent" tells "47%"
    if (figure) {
      for (const { q, i } of index.figuresOf(figure.kind)) {
        if (stamp[i] === id || q.key === figure.key || !figuresAgree(q, figure)) continue;
        stamp[i] = id;
        if (score[i] === 0) touched[count++] = i;
        score[i] = score[i]! + w;
      }
    }
    // "May 12" is told, less precisely, by "in May"
    if (month) {
      for (const i of byFeature.get(month) ?? NO_SENTENCES) {
        if (stamp[i] === id) continue;
        stamp[i] = id;
        if (score[i] === 0) touched[count++] = i;
        score[i] = score[i]! + low;
      }
    }
  }
  let best = 0;
  let at = -1;
  // the SYNONYM_SENTENCES best by v among those saying enough in the same words, ties in the order found
  let ranked = 0;
  for (let t = 0; t < count; t++) {
    const i = touched[t]!;
    const v = score[i]! + (i + 1 < n ? score[i + 1]! : 0) * leniency.next;
    if (v > best) {
      best = v;
      at = i;
    }
    if (score[i]! < total * SYNONYM_FROM) continue;
    let k = Math.min(ranked, SYNONYM_SENTENCES - 1);
    if (ranked === SYNONYM_SENTENCES && !(v > topV[k]!)) continue;
    for (; k > 0 && v > topV[k - 1]!; k--) {
      topV[k] = topV[k - 1]!;
      topI[k] = topI[k - 1]!;
    }
    topV[k] = v;
    topI[k] = i;
    if (ranked < SYNONYM_SENTENCES) ranked++;
  }
  // the same thing in other words: near-synonyms of the fact's words in the few best sentences, looked for
  // only where they could make a sentence the best and at least tell the statement in part
  for (let r = 0; r < ranked; r++) {
    const i = topI[r]!;
    const v = topV[r]!;
    const most = v + (total - score[i]!) * SYNONYM_WEIGHT;
    if (most <= best || most < total * need) continue;
    const soft = v + synonymCredit(core, index.wordsOf(i), said[i]!, leniency, Math.max(best, total * need) - v);
    if (soft > best) {
      best = soft;
      at = i;
    }
  }
  for (let t = 0; t < count; t++) {
    score[touched[t]!] = 0;
    said[touched[t]!] = 0;
  }
  if (!total) return { share: 1, sentence: -1 };
  return { share: Math.min(1, best / total), sentence: at };
}

const NO_SENTENCES: readonly number[] = [];

/**
 * Scratch space for scoring sentences, shared by every article's scoring (statementScore is never entered twice at
 * once) rather than made per article: score and said are zero between uses, stamps tell one feature's pass from the
 * next, and touched lists the sentences scored in one use, in the order first scored (a sentence scored 0 may recur).
 */
interface Scratch {
  score: Float64Array;
  /** Per sentence, bit j set where it has the word of feature j of the statement scored, or its first letters. */
  said: Int32Array;
  stamps: Int32Array;
  stampId: number;
  touched: Int32Array;
}
let scratchSpace: Scratch = { score: new Float64Array(64), said: new Int32Array(64), stamps: new Int32Array(64), stampId: 0, touched: new Int32Array(64 * CORE_MAX) };

/** The scratch space, with room for n + 1 sentences and each once per feature of a statement of `features`. */
function scratchFor(n: number, features: number): Scratch {
  if (scratchSpace.score.length < n + 1 || scratchSpace.touched.length < features * (n + 1) || scratchSpace.stampId > 1 << 30) {
    const room = Math.max(n + 1, scratchSpace.score.length);
    scratchSpace = { score: new Float64Array(room), said: new Int32Array(room), stamps: new Int32Array(room), stampId: 0, touched: new Int32Array(Math.max(features, CORE_MAX) * room) };
  }
  return scratchSpace;
}

/** Cosines of one fact word to a sentence's words, reused from call to call (a typed array: no resizing per call). */
let sims = new Float64Array(64);

/** The sentences statementScore looks for near-synonyms in, and their scores, best first. */
const topI = new Int32Array(SYNONYM_SENTENCES);
const topV = new Float64Array(SYNONYM_SENTENCES);

/** Far more than the rounding of a sum of weights: a bound that misses `needed` by less is not trusted. */
const SLACK = 1e-9;

/**
 * Weight of the fact's words a sentence says through near-synonyms; each of its words stands for one of the fact's.
 * Bit j of `said` is set where the sentence has the word of feature j, or its first letters: no near-synonym is looked
 * for then.
 * Once the words left could not bring the credit above `needed` (the caller ignores any credit not above it), the
 * credit so far is returned without looking at them: their cosines are most of the work.
 */
function synonymCredit(core: CoreFeature[], sentence: SentenceWords, said: number, leniency: Leniency, needed = -Infinity): number {
  let credit = 0;
  let used: string[] | undefined;
  // which of the fact's words are looked for (near-synonyms may stand for them, the sentence lacks their word),
  // and the most those not yet looked at could add
  if (looked.length < core.length) looked = new Uint8Array(2 * core.length);
  let open = 0;
  for (let j = 0; j < core.length; j++) {
    const c = core[j]!;
    const look = c.soft && !(said & (1 << j));
    looked[j] = look ? 1 : 0;
    if (look) open += c.w * SYNONYM_WEIGHT;
  }
  for (let j = 0; j < core.length; j++) {
    if (!looked[j]) continue;
    const c = core[j]!;
    if (credit + open < needed - SLACK) break;
    open -= c.w * SYNONYM_WEIGHT;
    let bestSim = NEAR_SYNONYM;
    let bestWord = '';
    const soft = sentence.soft;
    if (sims.length < soft.length) sims = new Float64Array(2 * soft.length);
    featureSimilarities(c.f, soft, sentence.softRanks, sims);
    for (let k = 0; k < soft.length; k++) {
      const sim = sims[k]!;
      if (!(sim >= bestSim)) continue;
      const g = soft[k]!;
      if (!used?.includes(g) && (c.noun && leniency.nounSameThing ? asked(SAME_THING, c.rank, sentence.softRanks[k], mayStandFor) : !asked(OPPOSITE, c.rank, sentence.softRanks[k], areOpposites))) {
        bestSim = sim;
        bestWord = g;
      }
    }
    if (!bestWord) continue;
    (used ??= []).push(bestWord);
    credit += c.w * SYNONYM_WEIGHT;
  }
  return credit;
}

/** Per feature of a statement, whether synonymCredit looks for its near-synonyms (scratch, reused). */
let looked = new Uint8Array(CORE_MAX);

/**
 * WordNet's answers per pair of words, asked once per pair (bounded). Keyed by the words (by their positions in the
 * vocabulary), not the features: the word standing for a feature is chosen per set, and an answer must not depend on
 * what was analysed before.
 */
const OPPOSITE = new PositionPairAnswers(200_000);
const SAME_THING = new PositionPairAnswers(200_000);

/** The cached answer for the words at vocabulary positions a and b (either undefined: false). */
function asked(cache: PositionPairAnswers, a: number | undefined, b: number | undefined, ask: (a: number, b: number) => boolean): boolean {
  return a !== undefined && b !== undefined && cache.get(a, b, wordVectors().size, ask);
}

/** The words at two vocabulary positions are opposites. */
function areOpposites(i: number, j: number): boolean {
  const vectors = wordVectors();
  return wordSenses().opposites(vectors.wordAt(i)!, vectors.wordAt(j)!);
}

/**
 * Whether two word features are opposites ("win", "lose"; "accept", "reject"): the vectors put them as near as
 * synonyms, so WordNet's antonyms keep one from standing for the other.
 */
export function opposite(f: string, g: string): boolean {
  return asked(OPPOSITE, rankOfFeature(f), rankOfFeature(g), areOpposites);
}

/** The word at vocabulary position i may stand for the one at j. */
function mayStandFor(i: number, j: number): boolean {
  const vectors = wordVectors();
  const a = vectors.wordAt(i)!;
  const b = vectors.wordAt(j)!;
  const senses = wordSenses();
  return senses.has(a) && senses.has(b) ? senses.sameThing(a, b) : !senses.opposites(a, b);
}

/** Whether WordNet lets one word stand for the other: a shared sense or one a kind of the other, never opposites. */
export function sameThing(f: string, g: string): boolean {
  return asked(SAME_THING, rankOfFeature(f), rankOfFeature(g), mayStandFor);
}

/** A feature of a statement with its weight and the other wordings that count for it. */
export interface CoreFeature {
  f: string;
  w: number;
  month: string | undefined;
  prefix: string | undefined;
  /** A figure written as a bound or a round number: other wordings of it count ("39 years", "four decades"). */
  figure: Quantity | undefined;
  /** A name (written with a capital in a carrying sentence): no near-synonym stands for it. */
  name: boolean;
  /** A noun in a carrying sentence: where judging strictly, only a word naming the same thing stands for it. */
  noun: boolean;
  /** A word near-synonyms may stand for: not a name, and known to the vectors. */
  soft: boolean;
  /** The vocabulary position of the word the vectors know behind a `w:` feature (rankOfFeature), if any. */
  rank: number | undefined;
}
const compiledCore = new WeakMap<FactDetail, CoreFeature[]>();
const ARTICLE_NUMBERS = new WeakMap<AlignmentResult, Map<string, number>>();

/** Each article's place in `alignment.prepared`, by its id (worked out once per alignment). */
export function articleNumbers(alignment: AlignmentResult): ReadonlyMap<string, number> {
  let numbers = ARTICLE_NUMBERS.get(alignment);
  if (!numbers) ARTICLE_NUMBERS.set(alignment, (numbers = new Map(alignment.prepared.map((a, i) => [a[0]?.articleId ?? '', i]))));
  return numbers;
}

/** The statement made of `stems` (said in sentence s), compiled to score it as one more carrier is scored. */
export function statementCore(s: PreparedSentence, stems: string[], alignment: AlignmentResult): CoreFeature[] {
  const probe: FactDetail = { fact: { id: '', kind: 'statement', text: '', presentIn: [s.articleId], sentences: { [s.articleId]: s.sentence.index } }, groups: [], stems };
  return compile(probe, alignment);
}

/** A statement's shared features with their weights, the heaviest first, worked out once per fact. */
export function compiled(d: FactDetail, alignment: AlignmentResult): CoreFeature[] {
  let core = compiledCore.get(d);
  if (!core) compiledCore.set(d, (core = compile(d, alignment)));
  return core;
}

/** compiled() without keeping the answer: for a fact made up to be scored once (a probe), kept by its maker. */
export function compile(d: FactDetail, alignment: AlignmentResult): CoreFeature[] {
  // the names and nouns of each carrying sentence, each sentence's worked out once
  const names: ReadonlySet<string>[] = [];
  const nouns: ReadonlySet<string>[] = [];
  const numbers = articleNumbers(alignment);
  for (const [id, at] of Object.entries(d.fact.sentences)) {
    const s = alignment.prepared[numbers.get(id) ?? -1]?.[at];
    if (!s) continue;
    names.push(namesOf(s));
    nouns.push(nounsOf(s));
  }
  // one pass and a sort in place: every statement tried is compiled once, so this runs for most sentences
  const core: CoreFeature[] = [];
  for (const f of d.stems ?? []) {
    const quantity = f.startsWith('q:');
    if (quantity && VAGUE_DATE.test(f)) continue;
    // every property set, in one order: statementScore reads them all from objects of one shape
    const month = quantity ? MONTH_OF.exec(f) : null;
    const w = alignment.idf.get(f) ?? 0;
    const name = inAny(names, f);
    const rank = f.startsWith('w:') ? rankOfFeature(f) : undefined;
    core.push({
      f,
      w: d.frame?.includes(f) ? w * FRAME_WEIGHT : w,
      month: month ? `q:month:${month[1]}` : undefined,
      prefix: prefixOf(f),
      figure: quantity ? d.figures?.find((q) => `q:${q.key}` === f) : undefined,
      name,
      noun: inAny(nouns, f),
      soft: !name && rank !== undefined,
      rank,
    });
  }
  heaviestFirst(core);
  if (core.length > CORE_MAX) core.length = CORE_MAX;
  return core;
}

/**
 * Sorts features by weight, the heaviest first, ties in their order: an insertion sort in place, the same order as
 * the stable Array sort, without the copy that sort makes (a statement has a few dozen features at most).
 */
function heaviestFirst(core: CoreFeature[]): void {
  for (let k = 1; k < core.length; k++) {
    const c = core[k]!;
    let j = k;
    for (; j > 0 && core[j - 1]!.w < c.w; j--) core[j] = core[j - 1]!;
    core[j] = c;
  }
}


/**
 * Statement facts: what sentences say, one fact per thing said. Aligned sentences make one; a sentence no other
 * aligned with becomes one when other articles say most of it in words of their own. Every article that says
 * most of a statement carries it; one that says a good part of it tells it in part.
 */
import type { AlignmentResult, PreparedSentence } from './align';
import { CARRIES, compiled, namesOf, opposite, prefixOf, RARE_SHARED, sameThing, type CoreFeature, statementCore, statementScore, type StatementScore, statementVerdict, TELLS_IN_PART, TO_CARRY, TO_FIND, type ArticleIndex } from './coverage';
import type { FactDetail, FactTable } from './fact-table';
import { predicates, saysClaimItself, tellsClaim } from './facts-claims';
import type { Quantity } from './numbers';
import type { Sentence } from './types';
import { featureOfWord, featureSimilarity, NEAR_SYNONYM, uncommonInEnglish } from './features';
import { REPORTING_LEMMAS, SPEECH_VERBS } from './lexicon/speech';
import { isNewsroomFormula } from './newsroom';

export { CARRIES, TELLS_IN_PART } from './coverage';
/** A lone sentence needs this many content words to stand as a statement others may carry. */
const LONE_MIN_WORDS = 4;
/** Lone sentences tried as statements, per article: bounds the work on very long articles. */
const LONE_PER_ARTICLE = 200;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * WORDISH.test(raw), ASCII by character code first (the pattern runs only on a token past ASCII): tried on every
 * token of every sentence, most of them ASCII.
 */
function wordish(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128) return WORDISH.test(raw);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}
/** Lines that are about the article, not the story: bylines, photo credits, captions' credits, datelines. */
const NOT_STORY = /^(?:by\s+\p{Lu}|photo|image|picture|credit|copyright|©|getty|file photo|\(?(?:ap|afp|reuters)\s+photo)|\b(?:getty images|associated press photo|photo by|image by|image:|photo:|credit:)|\b(?:published|updated|posted)\s+(?:on\s+)?(?:\p{Lu}|\d)/iu;

/** NOT_STORY's first branch, at the start of a line. */
const NOT_STORY_START = /^(?:by\s+\p{Lu}|photo|image|picture|credit|copyright|©|getty|file photo|\(?(?:ap|afp|reuters)\s+photo)/iu;
/**
 * A character past ASCII, or a word one of NOT_STORY's other branches needs: a line with neither can only match its
 * first branch, tried alone (NOT_STORY tries every branch at every character, the costliest test of a sentence).
 */
const MAY_NOT_STORY = /[\u0080-\uffff]|photo|image|credit|getty|published|updated|posted/i;

/** Whether a trimmed line is about the article, not the story (NOT_STORY). */
function notStory(line: string): boolean {
  return MAY_NOT_STORY.test(line) ? NOT_STORY.test(line) : NOT_STORY_START.test(line);
}

/**
 * A full clause: a verb, something it is said of, five words or more; not a byline, credit or caption line, nor a
 * newsroom formula ("… declined to comment").
 */
export function isClause(sentence: Sentence): boolean {
  let answer = CLAUSES.get(sentence);
  if (answer === undefined) CLAUSES.set(sentence, (answer = readClause(sentence)));
  return answer;
}
/** isClause's answers: a sentence is asked once per grouping and again per statement. */
const CLAUSES = new WeakMap<Sentence, boolean>();

function readClause(sentence: Sentence): boolean {
  let words = 0;
  let verb = false;
  let subject = false;
  for (const t of sentence.tokens) {
    if (!wordish(t.raw)) continue;
    words++;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') subject = true;
    else if (t.pos === undefined) verb = subject = true;
  }
  return words >= 5 && verb && subject && !cutOff(sentence) && !notStory(sentence.text.trim()) && !isNewsroomFormula(sentence);
}

/** Parts of speech of words a sentence cannot end on: a determiner, preposition, conjunction, helper or particle. */
const NO_LAST_WORD = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/**
 * A sentence cut off by an ellipsis where it could not end ("… is able to appeal the...", "… the fares it charges,..."):
 * an excerpt's last line, the rest of its clause unknown.
 */
function cutOff(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  let k = tokens.length - 1;
  let dots = 0;
  for (; k >= 0 && !wordish(tokens[k]!.raw); k--) {
    const raw = tokens[k]!.raw;
    if (raw === '…' || /^\.+$/u.test(raw)) dots += raw === '…' ? 3 : raw.length;
    else if (raw !== ',') return false;
  }
  if (dots < 3 || k < 0) return false;
  return tokens[k + 1]!.raw === ',' || NO_LAST_WORD.has(tokens[k]!.pos ?? '');
}

/** How many content words a sentence has. */
function contentWords(sentence: Sentence): number {
  let n = 0;
  for (const t of sentence.tokens) if (t.content && wordish(t.raw)) n++;
  return n;
}

/** Most words a reporting clause has to count as the frame of what it reports. */
const FRAME_MAX_WORDS = 12;

/**
 * The `w:` features of the words that say who reported a statement and where ("…, his family said in a statement
 * on Facebook"; "According to the ministry, …"): an article that tells what was said carries the statement without
 * them. A clause after the last comma, or before the first, with a reporting verb, of a sentence that is more.
 */
export function frameFeatures(s: PreparedSentence): string[] {
  const text = s.sentence.text;
  const base = s.sentence.start;
  const first = text.indexOf(', ');
  const last = text.lastIndexOf(', ');
  const spans: [number, number][] = [];
  if (last > 0) spans.push([base + last + 2, base + text.length]);
  if (first > 0 && /^according to\b/iu.test(text)) spans.push([base, base + first]);
  const out: string[] = [];
  for (const [from, to] of spans) {
    const tokens = s.sentence.tokens.filter((t) => t.start >= from && t.end <= to && wordish(t.raw));
    if (!tokens.length || tokens.length > FRAME_MAX_WORDS) continue;
    // what is reported must be a clause of its own: four words or more besides the frame
    if (s.sentence.tokens.filter((t) => wordish(t.raw)).length - tokens.length < 4) continue;
    if (!tokens.some((t) => REPORTING_LEMMAS.has(t.lemma ?? t.norm) || SPEECH_VERBS.has(t.norm) || t.norm === 'according')) continue;
    for (const t of tokens) if (t.content) out.push(featureOfWord(t.norm));
  }
  return out;
}

/** Features shared by at least two members of a group (or all of a pair's). */
function coreFeatures(members: PreparedSentence[]): string[] {
  const count = new Map<string, number>();
  for (const m of members) for (const f of m.features) count.set(f, (count.get(f) ?? 0) + 1);
  const out: string[] = [];
  count.forEach((n, f) => n >= 2 && out.push(f));
  return out;
}

/** The inverse-frequency weight of `features`, and of those among them that `among` holds. */
export function weightIn(features: readonly string[], among: ReadonlySet<string>, alignment: AlignmentResult): { total: number; shared: number } {
  let total = 0;
  let shared = 0;
  for (const f of features) {
    const w = alignment.idf.get(f) ?? 0;
    total += w;
    if (among.has(f)) shared += w;
  }
  return { total, shared };
}

/** The member that best stands for the group: a body sentence, a full clause, most like the others. */
function representative(members: PreparedSentence[], shared: string[], alignment: AlignmentResult): PreparedSentence {
  const clauses = members.filter((m) => !m.sentence.heading && isClause(m.sentence));
  const body = members.filter((m) => !m.sentence.heading);
  const candidates = (clauses.length ? clauses : body.length ? body : members).slice(0, 8);
  const core = new Set(shared);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const m of candidates) {
    const { total, shared: common } = weightIn(m.features, core, alignment);
    const score = total ? common / Math.sqrt(total) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}

/** A sentence cut out of a longer quote, with its quotation marks made whole: “…” */
function balanceQuotes(text: string): string {
  const opens = (text.match(/“/gu) ?? []).length;
  const closes = (text.match(/”/gu) ?? []).length;
  if (closes > opens) return `“${text}`;
  if (opens > closes) return `${text}”`;
  return text;
}

/** The figures behind a statement's `q:` features, to match other wordings of them. */
function figuresOf(core: string[], members: PreparedSentence[]): Quantity[] {
  const out: Quantity[] = [];
  for (const f of core) {
    if (!f.startsWith('q:') || f.startsWith('q:month:')) continue;
    const q = members.flatMap((m) => m.quantities).find((x) => `q:${x.key}` === f);
    if (q) out.push(q);
  }
  return out;
}

const STARTS_LOWER = /^\p{Ll}/u;

/** STARTS_LOWER.test(raw), by character code for ASCII. */
function startsLower(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : STARTS_LOWER.test(raw);
}

/** True when fewer than two of the features are lower-case words: names alone say too little to be missed. */
export function isThin(core: string[], members: PreparedSentence[]): boolean {
  // feature by feature, stopping at the second: most statements have two lower-case words among their first features
  let words = 0;
  for (const f of core) if (f.startsWith('w:') && saysInLowerCase(members, f) && ++words >= 2) return false;
  return true;
}

/** Whether a member has a lower-case content word whose stem makes the `w:` feature f ("w:" and the stem). */
function saysInLowerCase(members: readonly PreparedSentence[], f: string): boolean {
  for (const m of members) {
    for (const t of m.sentence.tokens) if (t.content && t.stem.length === f.length - 2 && f.endsWith(t.stem) && startsLower(t.raw)) return true;
  }
  return false;
}

/** Which articles use which features (and word beginnings), to find the few that may say a statement. */
class ArticleFeatures {
  private readonly byFeature = new Map<string, number[]>();
  /** By a word feature's first letters (CoreFeature.prefix), the articles with a word that begins so. */
  private readonly byPrefix = new Map<string, number[]>();
  /** Per article, the last feature (by number) whose exact word it has: scratch for candidates(). */
  private readonly exactFor: Int32Array;
  private asked = 0;
  /**
   * The articles scored by candidates(), in the order first scored (one scored 0 may recur): room for every article
   * once per feature.
   */
  private touched: Int32Array;

  constructor(indexes: ArticleIndex[]) {
    this.exactFor = new Int32Array(indexes.length);
    this.touched = new Int32Array(0);
    // articles in order, each article's features once (its index's keys, in the order its sentences have them)
    indexes.forEach((index, a) => {
      index.byFeature.forEach((_, f) => {
        const list = this.byFeature.get(f);
        if (list) list.push(a);
        else this.byFeature.set(f, [a]);
        const p = prefixOf(f);
        if (!p) return;
        const byPrefix = this.byPrefix.get(p);
        if (!byPrefix) this.byPrefix.set(p, [a]);
        else if (byPrefix[byPrefix.length - 1] !== a) byPrefix.push(a);
      });
    });
  }

  /** The articles that have feature f. */
  articlesWith(f: string): readonly number[] {
    return this.byFeature.get(f) ?? [];
  }

  /** Articles whose words could make up at least `share` of the statement's weight. */
  candidates(core: readonly CoreFeature[], share: number, scratch: Float64Array): number[] {
    let total = 0;
    if (this.touched.length < core.length * this.exactFor.length) this.touched = new Int32Array(core.length * this.exactFor.length);
    const touched = this.touched;
    let count = 0;
    for (const { f, w, prefix } of core) {
      total += w;
      const exact = this.byFeature.get(f);
      const id = ++this.asked;
      if (exact) {
        for (const a of exact) {
          if (scratch[a] === 0) touched[count++] = a;
          scratch[a] = scratch[a]! + w;
          this.exactFor[a] = id;
        }
      }
      // words that share their first letters count for less; an article counts once per feature
      if (prefix) {
        for (const a of this.byPrefix.get(prefix) ?? NONE) {
          if (this.exactFor[a] === id) continue;
          if (scratch[a] === 0) touched[count++] = a;
          scratch[a] = scratch[a]! + w * 0.7;
        }
      }
    }
    const out: number[] = [];
    for (let t = 0; t < count; t++) if (total > 0 && scratch[touched[t]!]! >= share * total) out.push(touched[t]!);
    for (let t = 0; t < count; t++) scratch[touched[t]!] = 0;
    return out;
  }
}

const NONE: readonly number[] = [];

/** Sentences an article may have before spot() numbers run into the next article's. */
const SPOT = 1_000_000;

/** One number for sentence `sentence` of article `x`, for sets of sentences. */
function spot(x: number, sentence: number): number {
  return x * SPOT + sentence;
}

/** Sentences that carry a statement, by spot(), with the sentences that stand for the statements they carry. */
class Claimed {
  private readonly by = new Map<number, PreparedSentence[]>();

  has(at: number): boolean {
    return this.by.has(at);
  }

  /** Sentence `at` carries the statement that `rep` stands for. */
  add(at: number, rep: PreparedSentence): void {
    const list = this.by.get(at);
    if (!list) this.by.set(at, [rep]);
    else if (!list.includes(rep)) list.push(rep);
  }

  /** Whether sentence s (at `a`) and sentence m (at `b`) carry one statement together that one of them stands for. */
  together(a: number, s: PreparedSentence, b: number, m: PreparedSentence): boolean {
    const other = this.by.get(b);
    return other !== undefined && (this.by.get(a) ?? []).some((rep) => (rep === s || rep === m) && other.includes(rep));
  }

  /**
   * Whether sentence m (at `at`), which may carry statements already, says the claim of s besides theirs: a
   * sentence that says two things ("expected, as the islands rework their fees") carries both, but one that says
   * the claim of a statement it carries says nothing more of it. A claim told as a phrase of m, not by its verb
   * ("raised the fees at its first formal session since the floods" for "chaired the first formal session since
   * the floods"), is said where m repeats a good part of s word for word, names aside too, s is long enough to be a
   * claim of its own (a short remark's few words recur in any long sentence on its topic) and says no act m's
   * statements say.
   */
  saysAnother(s: PreparedSentence, at: number, m: PreparedSentence, alignment: AlignmentResult): boolean {
    const told = this.told(at);
    if (saysClaimItself(s, m, told)) return true;
    // s with the verb of a statement m carries tells that statement with more words ("…, the first Black secretary
    // of state, died on Monday"): no other claim
    if (predicates(s.sentence).some((p) => told.has(p))) return false;
    if (contentWords(s.sentence) < OTHER_CLAIM_MIN_WORDS || repeatedShare(s, m, alignment) < TELLS_IN_PART) return false;
    // and not by the names alone: the people and places of a story recur in every sentence about them
    return lowerShare(s, m, alignment) >= OWN_WORDS_TO_CARRY;
  }

  /** The features of the sentences standing for the statements sentence `at` (which is s) carries. */
  said(at: number, s: PreparedSentence): Set<string> {
    const out = new Set<string>();
    for (const rep of this.by.get(at) ?? []) if (rep !== s) for (const f of rep.features) out.add(f);
    return out;
  }

  /** The main predicates of the statements sentence `at` carries. */
  told(at: number): Set<string> {
    const told = new Set<string>();
    for (const rep of this.by.get(at) ?? []) for (const p of predicates(rep.sentence)) told.add(p);
    return told;
  }
}


/** Words between two content words that keep them one term: "secretary of state", "long-range". */
const IN_TERM = new Set(['of', '-']);

/**
 * The term each content word of a sentence belongs to, by its feature: a run of content words with nothing between
 * them but "of" or a hyphen ("foreign policy", "secretary of state", "press conference") names one thing.
 */
function termsOf(s: PreparedSentence): Map<string, number> {
  const out = new Map<string, number>();
  let term = 0;
  let open = false;
  for (const t of s.sentence.tokens) {
    if (t.content && wordish(t.raw)) {
      const f = featureOfWord(t.norm);
      if (!out.has(f)) out.set(f, term);
      open = true;
    } else if (!(open && IN_TERM.has(t.norm))) {
      if (open) term++;
      open = false;
    }
  }
  return out;
}

/**
 * Rare lower-case words and the sentences that use them: two sentences of different articles that share two
 * of them tell one thing, however much else each says ("levies on bicycles, pianos and cheese" and
 * "goods to tax, among them pianos, lumber and bicycles").
 */
class RareWords {
  /** The sentences that use each rare word, by spot(): numbers, not an object per use. */
  private readonly where = new Map<string, number[]>();
  /** Each sentence's lower-case word features (its features are distinct already, so a list serves as a set). */
  private readonly words: string[][][];

  constructor(prepared: PreparedSentence[][]) {
    this.words = prepared.map((article, x) =>
      article.map((s) => {
        const names = namesOf(s);
        const own: string[] = [];
        for (const f of s.features) {
          if (!f.startsWith('w:') || names.has(f)) continue;
          own.push(f);
          const list = this.where.get(f);
          if (list) list.push(spot(x, s.sentence.index));
          else this.where.set(f, [spot(x, s.sentence.index)]);
        }
        return own;
      }),
    );
    // rare: used by no more sentences than there are articles and one more (each telling it once, one twice),
    // and by one sentence in twenty at most
    const sentences = prepared.reduce((n, article) => n + article.length, 0);
    const most = Math.min(Math.max(4, prepared.length + 1), Math.floor(sentences / 20));
    this.where.forEach((list, f) => list.length > most && this.where.delete(f));
  }

  /** Other articles (not a, not the carriers) that use a rare word s shares with a carrier. */
  using(s: PreparedSentence, a: number, carriers: { x: number; sentence: number }[]): Set<number> {
    const out = new Set<number>();
    if (!carriers.length) return out;
    const by = new Set(carriers.map((c) => c.x));
    for (const f of this.words[a]![s.sentence.index]!) {
      const list = this.where.get(f);
      if (!list || !carriers.some((c) => this.words[c.x]![c.sentence]!.includes(f))) continue;
      for (const key of list) {
        const x = Math.floor(key / SPOT);
        if (x !== a && !by.has(x)) out.add(x);
      }
    }
    return out;
  }

  /**
   * The sentence of each other article that shares the most rare words with s, where it shares enough: words of
   * one term of s ("foreign policy", "secretary of state") count once, as the one thing they name, and one of them
   * at least must be uncommon in English ("dandruff", "motorcycles"), not only rare in the set.
   */
  shared(s: PreparedSentence, a: number): { x: number; sentence: number }[] {
    const count = new Map<number, number>();
    const specific = new Set<number>();
    // the terms only once a rare word of s is found in another article: most sentences share none
    let terms: Map<string, number> | undefined;
    const termsAt = new Map<number, number[]>();
    for (const f of this.words[a]![s.sentence.index]!) {
      let term: number | undefined;
      for (const key of this.where.get(f) ?? NONE) {
        if (Math.floor(key / SPOT) === a) continue;
        term ??= (terms ??= termsOf(s)).get(f) ?? -1;
        // a term met before in that sentence is counted already
        if (term >= 0) {
          const met = termsAt.get(key);
          if (met?.includes(term)) continue;
          if (met) met.push(term);
          else termsAt.set(key, [term]);
        }
        count.set(key, (count.get(key) ?? 0) + 1);
        if (uncommonInEnglish(f)) specific.add(key);
      }
    }
    const best = new Map<number, { sentence: number; n: number }>();
    count.forEach((n, key) => {
      const x = Math.floor(key / SPOT);
      if (n >= RARE_SHARED && specific.has(key) && n > (best.get(x)?.n ?? 0)) best.set(x, { sentence: key % SPOT, n });
    });
    return [...best].map(([x, { sentence }]) => ({ x, sentence }));
  }
}

/**
 * Share of a statement's weight at which an article that says its words with another claim (not its main
 * predicate) still tells it in part; below it, the words are the topic only and the article leaves the fact out.
 */
const OTHER_CLAIM_PART = 0.65;

/** Sentences per article a word may be used in and still say what one statement says, not what the story is about. */
const STOCK_PER_ARTICLE = 2;
/** A date told by the month or the week it falls in, counted from the story's day ("last month", "next week"). */
const RELATIVE_DATE = /^q:date:--~(?:month|week)$/u;

/**
 * The least inverse-frequency weight of a statement's own words: a word used by more than STOCK_PER_ARTICLE
 * sentences per article ("the board", "the pier", "tariffs") is the story's, and recurs wherever it is told.
 */
function ownWordWeight(alignment: AlignmentResult): number {
  let least = OWN_WEIGHT.get(alignment);
  if (least === undefined) {
    let sentences = 0;
    for (const article of alignment.prepared) sentences += article.length;
    least = Math.log(1 + sentences / (STOCK_PER_ARTICLE * Math.max(1, alignment.prepared.length))) - 1e-9;
    OWN_WEIGHT.set(alignment, least);
  }
  return least;
}
const OWN_WEIGHT = new WeakMap<AlignmentResult, number>();

/**
 * Whether sentence m (with the next) says one of the statement's own words: a word, name or figure of its `core`
 * that is not the story's stock, as written, with the same first letters, as a near-synonym (for a noun, one WordNet
 * lets name the same thing), or a date by its month or as "last month". A sentence that shares only the story's stock
 * with a statement ("the board met the pier's users on Tuesday" for "the board voted on Tuesday to close the pier")
 * says something else of the same things: it does not tell the statement, even in part.
 */
function saysOwnWord(core: readonly CoreFeature[], m: PreparedSentence, next: PreparedSentence | undefined, alignment: AlignmentResult): boolean {
  const least = ownWordWeight(alignment);
  for (const c of core) {
    // words, names and figures; a month alone is told with its date below
    if (!c.f.startsWith('w:') && !c.f.startsWith('a:') && !(c.f.startsWith('q:') && !c.f.startsWith('q:month:'))) continue;
    if ((alignment.idf.get(c.f) ?? 0) < least) continue;
    if (m.features.includes(c.f) || next?.features.includes(c.f)) return true;
    if (c.month && (m.features.includes(c.month) || m.features.some((f) => RELATIVE_DATE.test(f)))) return true;
    const prefix = c.prefix;
    if (prefix && (m.features.some((f) => f.startsWith(prefix)) || next?.features.some((f) => f.startsWith(prefix)))) return true;
    if (!c.soft) continue;
    const names = namesOf(m);
    for (const f of m.features) {
      if (!f.startsWith('w:') || names.has(f) || featureSimilarity(c.f, f) < NEAR_SYNONYM) continue;
      if (c.noun ? sameThing(c.f, f) : !opposite(c.f, f)) return true;
    }
  }
  return false;
}

/**
 * Content words a sentence needs before a sentence that carries another statement carries it by repeating its
 * words, without its verb (Claimed.saysAnother).
 */
const OTHER_CLAIM_MIN_WORDS = 6;

/** Share of its weight a sentence that carries a statement must say besides it to be tried for another claim. */
const OTHER_CLAIM_NEW = 0.5;

/** Share of a sentence's weight another sentence of its article repeats for the two to say one thing twice. */
export const SAID_AGAIN = 0.8;

/**
 * Whether another sentence of article a that already carries a fact repeats most of sentence s word for word, or s
 * repeats most of it with a detail added ("Its advisers backed the deal." and later "In his first year, its advisers
 * backed the deal."): an article that says a thing twice (a lead repeated lower down) tells one fact, not two. A
 * headline sums up: a sentence that says it again with more is not its repetition.
 */
function saidBefore(s: PreparedSentence, a: number, alignment: AlignmentResult, index: Map<string, number[]>, claimed: Claimed): boolean {
  const weights = s.features.map((f) => alignment.idf.get(f) ?? 0);
  const total = weights.reduce((n, w) => n + w, 0);
  if (!total) return false;
  // a sentence that repeats that much has one of the heaviest words that together weigh more than the rest; one that s
  // repeats with a detail added is looked for among the same sentences
  const order = weights.map((_, k) => k);
  heaviestFirst(order, weights);
  const seen = new Set<number>();
  let covered = 0;
  for (const k of order) {
    for (const i of index.get(s.features[k]!) ?? []) {
      if (i === s.sentence.index || seen.has(i) || !claimed.has(spot(a, i))) continue;
      seen.add(i);
      const other = alignment.prepared[a]![i]!;
      if (repeatedShare(s, other, alignment) >= SAID_AGAIN || (!other.sentence.heading && repeatedShare(other, s, alignment) >= SAID_AGAIN)) return true;
    }
    covered += weights[k]!;
    if (covered > total * (1 - SAID_AGAIN)) break;
  }
  return false;
}

/** Share of the weight of s's lower-case words (not the names it mentions) that sentence m repeats word for word. */
function lowerShare(s: PreparedSentence, m: PreparedSentence, alignment: AlignmentResult): number {
  const names = namesOf(s);
  const own = new Set(m.features);
  let total = 0;
  let shared = 0;
  for (const f of s.features) {
    if (!f.startsWith('w:') || names.has(f)) continue;
    const w = alignment.idf.get(f) ?? 0;
    total += w;
    if (own.has(f)) shared += w;
  }
  return total ? shared / total : 0;
}

/**
 * Sorts positions by their weights, the heaviest first, ties in their order: an insertion sort in place, the same
 * order as the stable Array sort without the copy it makes (a sentence has a few dozen features).
 */
function heaviestFirst(order: number[], weights: readonly number[]): void {
  for (let k = 1; k < order.length; k++) {
    const c = order[k]!;
    const w = weights[c]!;
    let j = k;
    for (; j > 0 && weights[order[j - 1]!]! < w; j--) order[j] = order[j - 1]!;
    order[j] = c;
  }
}

/** Share of s's feature weight sentence m repeats word for word. */
function repeatedShare(s: PreparedSentence, m: PreparedSentence, alignment: AlignmentResult): number {
  const { total, shared } = weightIn(s.features, new Set(m.features), alignment);
  return total ? shared / total : 0;
}

/** Whether what follows a double quotation mark `ch` is quoted (a straight one turns it over), or undefined for another character. */
function quoteAfter(ch: string, open: boolean): boolean | undefined {
  return ch === '“' ? true : ch === '”' ? false : ch === '"' ? !open : undefined;
}

/** Share of a sentence's letters inside quotation marks (a quote left open runs to the sentence's end). */
export function quotedShare(text: string): number {
  let inside = 0;
  let letters = 0;
  let open = false;
  // by character code, ASCII first: no string per character, no pattern per ASCII character
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    let letter: boolean;
    if (c < 128) {
      if (c === 34) {
        open = !open;
        continue;
      }
      letter = (c | 32) >= 97 && (c | 32) <= 122;
    } else if (c === 0x201c || c === 0x201d) {
      open = c === 0x201c;
      continue;
    } else {
      LETTER_AT.lastIndex = k;
      letter = LETTER_AT.test(text);
      // a letter outside the BMP is two code units
      if (letter && LETTER_AT.lastIndex > k + 1) k++;
    }
    if (!letter) continue;
    letters++;
    if (open) inside++;
  }
  return letters ? inside / letters : 0;
}
const LETTER_AT = /\p{L}/uy;

/** Share of a statement's weight an article found by words near in meaning must repeat word for word to carry it. */
const OWN_WORDS_TO_CARRY = 0.25;

/** A statement mostly in a speaker's words is told by repeating them: its words, not words near them, must recur. */
const QUOTED = 0.6;
const QUOTE_WORDS_TOLD = 0.5;

/** The features of the words inside quotation marks in sentence s. */
function quotedFeatures(s: PreparedSentence): string[] {
  const own = new Set(s.features);
  const out: string[] = [];
  let open = false;
  for (const t of s.sentence.tokens) {
    const mark = quoteAfter(t.raw, open);
    if (mark !== undefined) {
      open = mark;
      continue;
    }
    const f = featureOfWord(t.norm);
    if (open && t.content && own.has(f) && !out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * Whether sentence m may carry a statement made of s: a statement mostly quoted needs most of the quoted words
 * (the speaker's name and "told reporters" say who spoke, not what was said); to tell it in part, `need` of their
 * weight.
 */
function repeatsQuote(s: PreparedSentence, m: PreparedSentence, alignment: AlignmentResult, need = QUOTE_WORDS_TOLD): boolean {
  if (quotedShare(s.sentence.text) < QUOTED) return true;
  const quoted = quotedFeatures(s);
  const other = new Set(m.features);
  const { total, shared } = weightIn(quoted, other, alignment);
  // and two of them at least: one shared word ("good") is no telling of a quote
  return total > 0 && shared / total >= need && quoted.filter((f) => other.has(f)).length >= 2;
}

/**
 * Whether an article says most of the quoted words of statement s in other words, in one place: judged as strictly
 * as another carrier of a statement is.
 */
function saysQuotedWords(s: PreparedSentence, index: ArticleIndex, alignment: AlignmentResult): boolean {
  const quoted = quotedFeatures(s);
  if (!quoted.length) return false;
  return statementVerdict(statementScore(statementCore(s, quoted, alignment), index, TO_CARRY, CARRIES)) === 'carries';
}

/**
 * Whether member b of a group tells the claim of its representative a: a main predicate of a recurs at b (in b or,
 * in its own word, in a neighbour of b), or one of b's is said in a itself; a verb naming the same act counts in the
 * sentences themselves only. Aligned sentences share the topic's words, and a near-synonym in a neighbour is usually
 * the topic's ("has handed over its list of fees" before "a list of the fees, which range from …" does not make it
 * tell "the fees are the highest yet"); b's claim said near a, not in it, is another thing a's article tells ("the
 * decision means no berth fee before June 1" beside "would not delay the pier sale again beyond June 1").
 */
function sameClaim(a: PreparedSentence, b: PreparedSentence, prepared: PreparedSentence[][]): boolean {
  // the words themselves both ways first: WordNet is asked only where neither sentence repeats the other's verb
  const inB = prepared[b.article]!;
  return tellsClaim(a, b, inB, false) || saysClaimItself(b, a) || tellsClaim(a, b, inB, true, false) || tellsClaim(b, a, [], true, false);
}

/**
 * Whether article x, whose best place says a part of statement s too small to carry it, tells it in part. A part in
 * the story's stock words only (below the share at which a sentence says more than the topic) is none; and a
 * statement in a speaker's words is told in part only by some of those words, as written or most in other words:
 * the topic's words around them, the speaker and the occasion are no part of what was said.
 */
function tellsPart(s: PreparedSentence, core: readonly CoreFeature[], score: StatementScore, x: number, alignment: AlignmentResult, indexes: ArticleIndex[]): boolean {
  const m = alignment.prepared[x]![score.sentence]!;
  if (!repeatsQuote(s, m, alignment, TELLS_IN_PART) && !saysQuotedWords(s, indexes[x]!, alignment)) return false;
  return score.share >= OTHER_CLAIM_PART || saysOwnWord(core, m, alignment.prepared[x]![score.sentence + 1], alignment);
}

/**
 * Adds, for each article that is not yet a carrier, whether it carries the statement (its words and its claim,
 * as the representative sentence `rep` makes it), tells it in part, or leaves it out.
 */
function extend(d: FactDetail, rep: PreparedSentence, table: FactTable, alignment: AlignmentResult, indexes: ArticleIndex[], features: ArticleFeatures, scratch: Float64Array, claimed: Claimed): void {
  const core = compiled(d, alignment);
  for (const x of features.candidates(core, TELLS_IN_PART, scratch)) {
    const id = alignment.prepared[x]![0]?.articleId;
    if (id === undefined || id in d.fact.sentences) continue;
    const score = statementScore(core, indexes[x]!, TO_CARRY);
    let verdict = statementVerdict(score);
    if (verdict === 'carries' && !tellsClaim(rep, alignment.prepared[x]![score.sentence]!, alignment.prepared[x]!)) {
      verdict = score.share >= OTHER_CLAIM_PART ? 'part' : 'none';
    }
    // found mostly through words near in meaning: it says something like it, which is telling it in part
    if (verdict === 'carries' && repeatedShare(rep, alignment.prepared[x]![score.sentence]!, alignment) < OWN_WORDS_TO_CARRY) verdict = 'part';
    // a statement in a speaker's words, told without them: in part where most of them are said in other words,
    // else who spoke and where is all the article says of it
    if (verdict === 'carries' && !repeatsQuote(rep, alignment.prepared[x]![score.sentence]!, alignment)) verdict = saysQuotedWords(rep, indexes[x]!, alignment) ? 'part' : 'none';
    if (verdict === 'part' && !tellsPart(rep, core, score, x, alignment, indexes)) verdict = 'none';
    if (verdict === 'carries') {
      table.add(d, alignment.prepared[x]![score.sentence]!);
      d.partial?.delete(id);
      claimed.add(spot(x, score.sentence), rep);
    } else if (verdict === 'part') (d.partial ??= new Set()).add(id);
  }
}

/**
 * The other articles that may carry the claim of s made by the predicates `other` (their features): those with a
 * sentence that has one of them and repeats, with a part of the next, as much of s word for word as a carrier
 * found through words near in meaning must. Looked up through the articles' feature maps before any scoring, so
 * most sentences are passed over at the cost of a few look-ups.
 */
function claimPlaces(s: PreparedSentence, other: string[], features: ArticleFeatures, indexes: ArticleIndex[], alignment: AlignmentResult): Set<number> {
  const out = new Set<number>();
  const weight = new Map<string, number>();
  let total = 0;
  for (const f of s.features) {
    const w = alignment.idf.get(f) ?? 0;
    weight.set(f, w);
    total += w;
  }
  if (!total) return out;
  const hit: string[] = [];
  for (const f of other) {
    for (const x of features.articlesWith(f)) {
      if (x === s.article || out.has(x)) continue;
      const sentences = alignment.prepared[x]!;
      for (const i of indexes[x]!.byFeature.get(f) ?? []) {
        let shared = 0;
        hit.length = 0;
        for (const g of sentences[i]!.features) {
          const w = weight.get(g);
          if (w === undefined) continue;
          hit.push(g);
          shared += w;
        }
        for (const g of sentences[i + 1]?.features ?? []) {
          const w = weight.get(g);
          if (w !== undefined && !hit.includes(g)) shared += w * TO_FIND.next;
        }
        if (shared >= total * OWN_WORDS_TO_CARRY) {
          out.add(x);
          break;
        }
      }
    }
  }
  return out;
}

/** Statement facts of the comparison: aligned groups first, then lone sentences that other articles say too. */
export function statementFacts(table: FactTable, alignment: AlignmentResult, indexes: ArticleIndex[]): void {
  const { groups, prepared } = alignment;
  const features = new ArticleFeatures(indexes);
  const scratch = new Float64Array(prepared.length);
  const claimed = new Claimed();
  const made: { d: FactDetail; rep: PreparedSentence }[] = [];
  groups.forEach((g, gi) => {
    if (g.members.length < 2) return;
    const core = coreFeatures(g.members);
    const rep = representative(g.members, core, alignment);
    // sentences that only say who would not comment, or that details will follow, make no fact
    if (isNewsroomFormula(rep.sentence)) return;
    const thin = isThin(core, g.members);
    const figures = figuresOf(core, g.members);
    let d: FactDetail | undefined;
    const otherClaim: PreparedSentence[] = [];
    for (const m of [rep, ...g.members.filter((x) => x !== rep)]) {
      // aligned for the words around a speaker's words, without them: judged as any other article is (extend)
      if (m !== rep && !repeatsQuote(rep, m, alignment)) continue;
      // aligned for the words they share, yet saying something else of them: told in part
      if (m !== rep && !sameClaim(rep, m, prepared)) {
        otherClaim.push(m);
        continue;
      }
      d = table.carry(`s:${gi}`, 'statement', m, () => balanceQuotes(rep.sentence.text.trim()));
      d.stems ??= core;
      d.frame ??= frameFeatures(rep);
      if (thin) d.thin = true;
      if (figures.length) d.figures ??= figures;
      claimed.add(spot(m.article, m.sentence.index), rep);
    }
    for (const m of otherClaim) if (!(m.articleId in d!.fact.sentences)) (d!.partial ??= new Set()).add(m.articleId);
    made.push({ d: d!, rep });
  });
  for (const { d, rep } of made) if (!d.thin) extend(d, rep, table, alignment, indexes, features, scratch, claimed);
  // lone sentences: a statement when at least one other article says most of it
  const rare = new RareWords(prepared);
  // sentences that carry no statement first; then those that do, for another claim they make ("…, as islanders
  // protested the cargo rules"), so that such a claim never takes the place of a fact a sentence makes on its own
  for (const second of [false, true]) {
    prepared.forEach((article, a) => {
      let tried = 0;
      for (const s of article) {
        if (s.sentence.heading) continue;
        const at = spot(a, s.sentence.index);
        // one aligned with others for their words but saying another claim (not carrying their statement) is tried
        // like any lone sentence; one that carries a statement, where it says enough besides and another article may
        // say its other claim: carried only where a sentence says that claim itself
        if (claimed.has(at) !== second) continue;
        if (!isClause(s.sentence) || isThin(s.features, [s])) continue;
        if (contentWords(s.sentence) < LONE_MIN_WORDS) continue;
        let told: Set<string> | undefined;
        let places: Set<number> | undefined;
        if (second) {
          const known = claimed.told(at);
          const other = predicates(s.sentence)
            .filter((p) => !known.has(p))
            .map(featureOfWord);
          if (!other.some((f) => features.articlesWith(f).some((x) => x !== a))) continue;
          // and says enough besides them: half its weight in words the statements it carries do not use
          const { total, shared } = weightIn(s.features, claimed.said(at, s), alignment);
          if (!total || 1 - shared / total < OTHER_CLAIM_NEW) continue;
          places = claimPlaces(s, other, features, indexes, alignment);
          if (!places.size) continue;
          told = known;
        }
        // said twice in one article (a lead repeated lower down): the fact its other telling carries
        if (saidBefore(s, a, alignment, indexes[a]!.byFeature, claimed)) continue;
        if (++tried > LONE_PER_ARTICLE) break;
        const core = statementCore(s, s.features, alignment);
        let carriers: { x: number; sentence: number }[] = [];
        const partial = new Set<string>();
        // only a carrier makes the sentence a fact: near-synonyms are looked for first only where they could make
        // one, and an article that does not carry it is judged for a part once there is a carrier
        const undecided: number[] = [];
        const judge = (x: number) => {
          const score = statementScore(core, indexes[x]!, TO_FIND, CARRIES);
          const verdict = statementVerdict(score);
          // a sentence that carries the statement the other stands for tells what that one says: what more they share is
          // the same thing said twice, no second fact
          if (told && verdict === 'carries' && (!saysClaimItself(s, prepared[x]![score.sentence]!, told) || claimed.together(at, s, spot(x, score.sentence), prepared[x]![score.sentence]!))) partial.add(prepared[x]![0]!.articleId);
          else if (verdict === 'carries' && (!claimed.has(spot(x, score.sentence)) || claimed.saysAnother(s, spot(x, score.sentence), prepared[x]![score.sentence]!, alignment))) carriers.push({ x, sentence: score.sentence });
          else if (verdict === 'carries') partial.add(prepared[x]![0]!.articleId);
          else undecided.push(x);
        };
        // for another claim, the articles that may say it first, the rest (which tell it in part at most) only where one does
        if (places) {
          for (const x of [...places].sort((p, q) => p - q)) judge(x);
          if (!carriers.length) continue;
        }
        for (const x of features.candidates(core, TELLS_IN_PART, scratch)) if (x !== a && !places?.has(x)) judge(x);
        // where some carriers tell its claim, those that say its words with another claim tell it in part only (where
        // none does, the words are all the articles share and stand for the claim)
        const telling = carriers.filter((c) => tellsClaim(s, prepared[c.x]![c.sentence]!, prepared[c.x]!));
        if (telling.length && telling.length < carriers.length) {
          for (const c of carriers) if (!telling.includes(c)) partial.add(prepared[c.x]![0]!.articleId);
          carriers = telling;
        }
        // failing that, sentences of other articles that share two of its rare words tell it too
        if (!carriers.length && !told) {
          for (const c of rare.shared(s, a)) if (!claimed.has(spot(c.x, c.sentence))) carriers.push(c);
          // an article that uses one of the rare words the carriers share tells it at least in part
          for (const x of rare.using(s, a, carriers)) partial.add(prepared[x]![0]!.articleId);
        }
        // a statement in a speaker's words is carried where they recur; where most of them are said in other words it
        // is told in part; told without them (who spoke, where, about what), it is left out: the words are what was said
        for (const c of carriers) if (!repeatsQuote(s, prepared[c.x]![c.sentence]!, alignment) && saysQuotedWords(s, indexes[c.x]!, alignment)) partial.add(prepared[c.x]![0]!.articleId);
        carriers = carriers.filter((c) => repeatsQuote(s, prepared[c.x]![c.sentence]!, alignment));
        if (!carriers.length) continue;
        // where some carriers say it as plainly as one more carrier of a group's statement must (extend), the fact
        // stands on them, and those found only through the next sentence or loose near-synonyms are judged as any
        // other article is: in part at most
        const plain = carriers.filter((c) => statementVerdict(statementScore(core, indexes[c.x]!, TO_CARRY)) === 'carries');
        if (plain.length && plain.length < carriers.length) {
          for (const c of carriers) if (!plain.includes(c)) undecided.push(c.x);
          carriers = plain;
        }
        // where none does, the fact stands on carriers found through the next sentence or loose near-synonyms only
        const loose = !plain.length;
        // once the sentence is a fact, another article tells it in part as a group's statement is told in part
        // (extend): a noun's near-synonym must name the same thing and the next sentence counts for less, so that
        // the topic's words, spread over two sentences, are not taken for a part of the fact
        for (const x of undecided) if (statementVerdict(statementScore(core, indexes[x]!, TO_CARRY)) !== 'none') partial.add(prepared[x]![0]!.articleId);
        const d = table.carry(`s:lone:${a}:${s.sentence.index}`, 'statement', s, () => balanceQuotes(s.sentence.text.trim()));
        d.stems = s.features;
        d.frame = frameFeatures(s);
        if (loose) d.loose = true;
        const figures = figuresOf(s.features, [s]);
        if (figures.length) d.figures = figures;
        claimed.add(at, s);
        for (const { x, sentence } of carriers) {
          partial.delete(prepared[x]![0]!.articleId);
          table.add(d, prepared[x]![sentence]!);
          claimed.add(spot(x, sentence), s);
        }
        if (partial.size) d.partial = partial;
      }
    });
  }
}

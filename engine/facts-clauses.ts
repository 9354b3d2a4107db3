/**
 * The clauses of a statement. A long sentence often says two things ("The board relied on a 1950 law, and its
 * critics want it repealed"); an article that tells one of them in full tells the statement in part, not leaves it out.
 */
import type { AlignmentResult, PreparedSentence } from './align';
import { CARRIES, compiled, namesOf, type ArticleIndex, type CoreFeature, statementScore, TELLS_IN_PART, TO_CARRY } from './coverage';
import type { FactDetail } from './fact-table';
import { featureOfWord } from './features';

/** Words after a comma that open a clause of their own: a conjunction, a relative or a subordinating word. */
const OPENERS = new Set(['and', 'but', 'yet', 'while', 'whereas', 'as', 'when', 'where', 'whose', 'which', 'who', 'because', 'although', 'though', 'after', 'before']);
/** Words that open a sentence with a clause of its own, closed by the first comma ("If the plan fails, …"). */
const LEADING = new Set(['if', 'when', 'as', 'after', 'although', 'though', 'while', 'because', 'before', 'once', 'since', 'unless']);
/** Words that open a subordinate clause without a comma before them ("… to the council as the islanders wait …"). */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'because', 'although', 'though', 'after', 'before', 'when', 'once', 'since', 'until']);
/** Tokens after a subordinating word within which its clause's subject and verb must come. */
const SUBJECT_REACH = 4;

/**
 * Whether the word at i opens a clause: a subject (a noun or pronoun) and then a verb follow within a few words,
 * with no punctuation between ("as the islanders wait"), not a phrase ("served as president", "rose after the storm").
 */
function opensClause(tokens: readonly { raw: string; pos?: string }[], i: number): boolean {
  let subject = false;
  for (let k = i + 1; k < tokens.length && k <= i + SUBJECT_REACH + 1; k++) {
    const t = tokens[k]!;
    if (!/^[\p{L}\p{N}]/u.test(t.raw)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true;
    else if (isVerb(t.pos)) return subject;
  }
  return false;
}

/** Dashes, which set off an aside or end a clause. */
const DASHES = new Set(['—', '–', '―']);

/** A clause of a sentence: its token ranges [from, to) (two where a dashed aside interrupts it) and the features of its words and figures. */
export interface Clause {
  ranges: [number, number][];
  features: Set<string>;
}

/** Whether a token is a verb or a helper. */
const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';

/**
 * The clauses of a sentence: split at semicolons, at a comma before a conjunction, a relative or a subordinating
 * word or a participle ("…, saying it failed"), before a relative "that" after a noun, and after a leading
 * subordinate clause; an aside between two dashes is a clause of its own where it has a verb, and the clause it
 * interrupts goes on after it. A piece without a verb of its own ("— most likely in the spring —") belongs to the clause before it.
 */
export function clausesOf(s: PreparedSentence): readonly Clause[] {
  let out = CLAUSES.get(s);
  if (!out) CLAUSES.set(s, (out = readClauses(s)));
  return out;
}
/** clausesOf's answers: a sentence is cut for the statement it shows and again for each sentence it is weighed against. */
const CLAUSES = new WeakMap<PreparedSentence, readonly Clause[]>();

function readClauses(s: PreparedSentence): Clause[] {
  const tokens = s.sentence.tokens;
  const first = tokens.findIndex((t) => /^[\p{L}\p{N}]/u.test(t.raw));
  let leading = first >= 0 && LEADING.has(tokens[first]!.norm);
  const dashes = tokens.flatMap((t, i) => (DASHES.has(t.raw) ? [i] : []));
  // pieces in order; an aside between two dashes is marked so the piece after it joins the one before
  const pieces: { ranges: [number, number][]; aside: boolean }[] = [];
  let from = 0;
  const cut = (at: number, skip: number, aside = false) => {
    if (at > from) pieces.push({ ranges: [[from, at]], aside });
    from = at + skip;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.raw === ';') cut(i, 1);
    else if (DASHES.has(t.raw)) {
      const close = dashes.find((d) => d > i);
      if (close === undefined) cut(i, 1);
      else {
        cut(i, 1);
        cut(close, 1, true);
        i = close;
      }
    } else if (t.raw === ',' && next) {
      if (leading) {
        cut(i, 1);
        leading = false;
      } else if (OPENERS.has(next.norm) || (next.pos === 'VERB' && next.norm.endsWith('ing'))) cut(i, 1);
    } else if (i > 0 && SUBORDINATORS.has(t.norm) && opensClause(tokens, i)) cut(i, 0);
    else if (t.norm === 'that' && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN') && next && isVerb(next.pos)) cut(i, 0);
  }
  cut(tokens.length, 0);
  const hasVerb = (p: { ranges: [number, number][] }) => p.ranges.some(([a, b]) => tokens.slice(a, b).some((t) => isVerb(t.pos)));
  const merged: { ranges: [number, number][] }[] = [];
  let interrupted: { ranges: [number, number][] } | undefined;
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (p.aside) {
      // the aside: a clause of its own with a verb, else part of the clause it interrupts
      if (last && !hasVerb(p)) last.ranges.push(...p.ranges);
      else merged.push({ ranges: [...p.ranges] });
      interrupted = last;
      continue;
    }
    // after an aside, the clause it interrupted goes on, unless a conjunction opens another ("— in the spring — but …")
    const resumed = OPENERS.has(tokens[p.ranges[0]![0]]!.norm) ? undefined : interrupted;
    interrupted = undefined;
    const host = resumed ?? last;
    if (host && (resumed || !hasVerb(p) || !hasVerb(host))) host.ranges.push(...p.ranges);
    else merged.push({ ranges: [...p.ranges] });
  }
  return merged.map(({ ranges }) => {
    const features = new Set<string>();
    for (const [a, b] of ranges) {
      for (let i = a; i < b; i++) if (tokens[i]!.content) features.add(featureOfWord(tokens[i]!.norm));
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      for (const q of s.quantities) {
        if (q.start < start || q.end > end) continue;
        features.add(`q:${q.key}`);
        if (q.kind === 'date' && q.date?.month !== undefined) features.add(`q:month:${q.date.month}`);
      }
    }
    return { ranges, features };
  });
}

/** A statement's clauses that say something of their own, each with the statement's features it holds. */
interface Clauses {
  parts: CoreFeature[][];
  /** The clauses after the first, their words to be found as written (no near-synonyms). */
  later: CoreFeature[][];
  /** The first clause's text where it is the sentence's main clause (no subordinate clause leads), as a sentence. */
  main: string | undefined;
}

/** The sentence a statement shows (its text, without the quotation marks made whole), or undefined. */
function sourceOf(d: FactDetail, alignment: AlignmentResult, articleNo: Map<string, number>): PreparedSentence | undefined {
  const text = d.fact.text.replace(/^“|”$/gu, '');
  for (const [id, at] of Object.entries(d.fact.sentences)) {
    const s = alignment.prepared[articleNo.get(id) ?? -1]?.[at];
    if (s && s.sentence.text.trim().replace(/^“|”$/gu, '') === text) return s;
  }
  return undefined;
}

/** Lower-case words a clause needs to say something of its own ("If it ends," says too little). */
const CLAUSE_WORDS = 3;
/** Share of the statement's weight a clause needs to say something of its own. */
const CLAUSE_SHARE = 0.25;

/** Whether a clause's part of a statement says something of its own: enough words beyond names, enough weight. */
function saysEnough(part: CoreFeature[], total: number): boolean {
  let w = 0;
  let words = 0;
  for (const c of part) {
    w += c.w;
    if (c.f.startsWith('w:') && !c.name) words++;
  }
  return words >= CLAUSE_WORDS && w >= total * CLAUSE_SHARE;
}

/** Marks a clause cut from a sentence may end with, dropped before its full stop. */
const TRAILING = new Set([',', ';', ':', '—', '–', '―']);

/** The text of a sentence's first clause, ended as a sentence, where no subordinate clause leads the sentence. */
function mainText(s: PreparedSentence, clause: Clause, later: readonly Clause[]): string | undefined {
  const tokens = s.sentence.tokens;
  const first = tokens.find((t) => /^[\p{L}\p{N}]/u.test(t.raw));
  // the clause must be the sentence's beginning, an aside between dashes within it or at its end included
  const end = clause.ranges[clause.ranges.length - 1]![1];
  const [from, to] = clause.ranges[0]!;
  if (!first || LEADING.has(first.norm) || from !== 0 || later.some((c) => c.ranges.some(([a]) => a < end))) return undefined;
  // its verb before the first cut: "Ann Lee, who chairs the board, said …" has its main clause around the relative one
  if (!tokens.slice(from, to).some((t) => isVerb(t.pos))) return undefined;
  let text = s.sentence.text.slice(0, tokens[end - 1]!.end - s.sentence.start).trim();
  while (text && TRAILING.has(text[text.length - 1]!)) text = text.slice(0, -1).trimEnd();
  // a quote left open is no sentence of its own
  if ((text.match(/["“”]/gu) ?? []).length % 2) return undefined;
  return `${text}.`;
}

/** Whether two clauses or more of s could say something of their own, by the weights of the statement's words. */
function mayHaveClauses(d: FactDetail, s: PreparedSentence, clauses: readonly Clause[], alignment: AlignmentResult): boolean {
  const names = namesOf(s);
  const stems = d.stems ?? [];
  let total = 0;
  for (const f of stems) total += alignment.idf.get(f) ?? 0;
  let enough = 0;
  for (const clause of clauses) {
    let w = 0;
    let words = 0;
    for (const f of stems) {
      if (!clause.features.has(f)) continue;
      w += alignment.idf.get(f) ?? 0;
      if (f.startsWith('w:') && !names.has(f)) words++;
    }
    if (words >= CLAUSE_WORDS && w >= total * CLAUSE_SHARE * 0.5 && ++enough > 1) return true;
  }
  return false;
}

const clauseCache = new WeakMap<FactDetail, Clauses | null>();

/** The clauses of statement d (two or more), or undefined for a statement of one clause or not made from one sentence. */
export function statementClauses(d: FactDetail, alignment: AlignmentResult, articleNo: Map<string, number>): Clauses | undefined {
  let c = clauseCache.get(d);
  if (c === undefined) {
    c = null;
    const s = sourceOf(d, alignment, articleNo);
    const clauses = s ? clausesOf(s) : [];
    // enough clauses of their own by the statement's words' weights first: compiling the statement costs more
    if (s && clauses.length > 1 && mayHaveClauses(d, s, clauses, alignment)) {
      const core = compiled(d, alignment);
      let total = 0;
      for (const x of core) total += x.w;
      const all = clauses.map((clause) => core.filter((x) => clause.features.has(x.f)));
      const parts = all.filter((p) => saysEnough(p, total));
      if (parts.length > 1) c = { parts, later: parts.slice(1).map((p) => p.map((x) => (x.soft ? { ...x, soft: false } : x))), main: parts[0] === all[0] ? mainText(s, clauses[0]!, clauses.slice(1)) : undefined };
    }
    clauseCache.set(d, c);
  }
  return c ?? undefined;
}

/** Share of a later clause's weight an article must say in the statement's own words to tell that clause in part. */
const LATER_TOLD = 0.25;

/**
 * What article x leaves out of a statement of several clauses that it tells in part: the sentence's main clause,
 * where x tells a later clause (a relative or coordinated one) and not the main one; otherwise the statement.
 */
export function leftOutText(d: FactDetail, x: number, alignment: AlignmentResult, indexes: ArticleIndex[], articleNo: Map<string, number>): string {
  // a later clause in the statement's own words (near-synonyms would find it in any sentence of the story)
  return mainClauseWhere(d, x, alignment, indexes, articleNo, (c) => c.later.some((p) => statementScore(p, indexes[x]!, TO_CARRY, LATER_TOLD).share >= LATER_TOLD)) ?? d.fact.text;
}

/**
 * The main clause of a statement of several, where article x tells the statement in part by telling a later clause
 * as a carrier would ("… which lets the board close the pier") and says not even a part of the main one ("The board
 * relied on a 1950 law."): that is what x leaves out. Otherwise undefined: x tells the statement in part.
 */
export function mainClauseLeftOut(d: FactDetail, x: number, alignment: AlignmentResult, indexes: ArticleIndex[], articleNo: Map<string, number>): string | undefined {
  return mainClauseWhere(d, x, alignment, indexes, articleNo, (c) => c.parts.slice(1).some((p) => statementScore(p, indexes[x]!, TO_CARRY, CARRIES).share >= CARRIES));
}

/** The statement's main clause (Clauses.main) where x tells a later clause (`tellsLater`) and not even a part of the main one. */
function mainClauseWhere(d: FactDetail, x: number, alignment: AlignmentResult, indexes: ArticleIndex[], articleNo: Map<string, number>, tellsLater: (c: Clauses) => boolean): string | undefined {
  const clauses = statementClauses(d, alignment, articleNo);
  if (!clauses?.main || !tellsLater(clauses)) return undefined;
  return statementScore(clauses.parts[0]!, indexes[x]!, TO_CARRY, TELLS_IN_PART).share < TELLS_IN_PART ? clauses.main : undefined;
}

/**
 * Whether article x tells every clause of a statement of several, each as a carrier tells a statement, if in
 * different sentences ("The board met after the storm; it raised the fees" told as "The board met on Monday, after
 * the storm." and "Fees went up, the board said."): the article tells the statement, though not in one place.
 */
export function tellsEveryClause(d: FactDetail, x: number, alignment: AlignmentResult, indexes: ArticleIndex[], articleNo: Map<string, number>): boolean {
  const clauses = statementClauses(d, alignment, articleNo);
  return clauses !== undefined && clauses.parts.every((p) => statementScore(p, indexes[x]!, TO_CARRY, CARRIES).share >= CARRIES);
}

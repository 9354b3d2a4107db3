/**
 * Facts at finer grain than sentences, one function per kind: numbers with what they count, people in a role,
 * direct quotes, and statements. Together they make the fact table every view of the comparison derives from.
 */
import type { AlignmentResult, ComparableArticle, PreparedSentence } from './align';
import { ArticleIndex, articleNumbers, compiled, namesOf, RARE_SHARED, statementCore, statementScore, TELLS_IN_PART, TO_CARRY, type CoreFeature } from './coverage';
import { namesLeftOut, ranksLeftOut, verifyNumberCarriers, verifyPersonCarriers, verifySubjectCarriers } from './carrier-claims';
import { clausesOf } from './facts-clauses';
import { FactTable, type FactDetail, type FactSet } from './fact-table';
import { descriptionFacts } from './facts-descriptions';
import { numberFacts } from './facts-numbers';
import { groupPeople, personFacts } from './facts-people';
import { contentStems, quoteFacts, quoteSources, remarksByTheirWords } from './facts-quotes';
import { reportedQuotes } from './facts-reported';
import { statementFacts } from './facts-statements';
import { figurePartsTellStatements, tells, verifyCarriers } from './tells';
import { uncommonInEnglish } from './features';

export type { FactDetail, FactSet, RoleMention } from './fact-table';
export { findRoleMentions } from './facts-people';
export { phraseAround } from './facts-numbers';
export { contentStems } from './facts-quotes';

/** The fact table of a comparison: numbers, people in a role, quotes, then statements. */
export function extractFacts(articles: ComparableArticle[], alignment: AlignmentResult, indexes: ArticleIndex[]): FactSet {
  const table = new FactTable(alignment);
  numberFacts(table, alignment);
  const roles = personFacts(table, articles, alignment);
  descriptionFacts(table, articles, alignment, indexes);
  quoteFacts(table, articles, alignment);
  reportedQuotes(table, articles, alignment, quoteSources);
  statementFacts(table, alignment, indexes);
  tellings(table, alignment, indexes);
  quotedInPart(table, articles);
  figurePartsTellStatements(table);
  groupPeople(table);
  clusterBySentence(table);
  oneStatementPerWording(table);
  remarksByTheirWords(table, articles, alignment);
  oneStatementPerParaphrase(table, alignment);
  oneStatementPerSplit(table, alignment);
  markQuotedStatements(table, articles);
  verifyCarriers(table, alignment, indexes);
  verifyNumberCarriers(table, alignment);
  verifyPersonCarriers(table, alignment, indexes);
  verifySubjectCarriers(table, articles, alignment, indexes);
  namesLeftOut(table, articles, alignment, indexes);
  ranksLeftOut(table, alignment, indexes);
  return table.finish(articles.map((a) => a.id), roles);
}

/**
 * One thing one article says in a sentence and another in two sentences in a row ("The board raised the fees, and its
 * chair said the rise pays for the pier." / "The board raised the fees." "Its chair said the rise pays for the pier."):
 * the second article gave the table two statements, each carried by the first article's one sentence. Where two
 * statements are carried by the same articles, by that one sentence in some and by sentences next to each other in
 * every other, they are one fact in the words of the sentence that tells both: a reader would see two "Left out"
 * boxes for one passage, the second often a clause that cannot stand alone ("He would not say when.").
 */
export function oneStatementPerSplit(table: FactTable, alignment: AlignmentResult): void {
  const articleNo = articleNumbers(alignment);
  const words = (text: string) => text.replace(/["“”]/gu, '').trim();
  // the statements each carrying sentence carries, in table order
  const bySentence = new Map<string, FactDetail[]>();
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || d.fact.presentIn.length < 2) continue;
    for (const id of d.fact.presentIn) {
      const key = `${id}\u0000${d.fact.sentences[id]}`;
      (bySentence.get(key) ?? bySentence.set(key, []).get(key)!).push(d);
    }
  }
  const gone = new Set<FactDetail>();
  for (const [key, list] of bySentence) {
    const [id, at] = key.split('\u0000') as [string, string];
    const both = alignment.prepared[articleNo.get(id)!]![Number(at)]!;
    // a headline sums up, it does not tell a passage
    if (both.sentence.heading) continue;
    // the statement in the words of the sentence that tells both, and the others that sentence carries
    const whole = list.find((d) => !gone.has(d) && words(d.fact.text) === words(both.sentence.text));
    if (!whole) continue;
    for (const part of list) {
      if (part === whole || gone.has(part)) continue;
      const ids = whole.fact.presentIn;
      if (ids.length !== part.fact.presentIn.length || !ids.every((x) => x in part.fact.sentences && Math.abs(whole.fact.sentences[x]! - part.fact.sentences[x]!) <= 1)) continue;
      if (ids.some((x) => [whole, part].some((d) => alignment.prepared[articleNo.get(x)!]![d.fact.sentences[x]!]!.sentence.heading))) continue;
      if (ids.every((x) => whole.fact.sentences[x] === part.fact.sentences[x])) continue;
      for (const x of part.partial ?? []) if (!(x in whole.fact.sentences)) (whole.partial ??= new Set()).add(x);
      gone.add(part);
      table.remove(part);
    }
  }
}

/**
 * A quote told in the very sentences that tell a statement, in every article that carries it, is that statement:
 * who said what is one fact, not two. So is what a sentence says of a person beside the name ("Ann Lee, the head of
 * the port authority, said …") where the statement's carriers are exactly the description's: where another article
 * tells the statement without it, the description is what that article leaves out. (A person in a role stays a
 * fact of its own: a reader may miss the person.)
 */
function clusterBySentence(table: FactTable): void {
  // the statements each sentence carries, by article id and sentence: no key string made per sentence
  const statements = new Map<string, (FactDetail[] | undefined)[]>();
  for (const d of table.details) {
    if (d.fact.kind !== 'statement') continue;
    for (const id in d.fact.sentences) {
      let byIndex = statements.get(id);
      if (!byIndex) statements.set(id, (byIndex = []));
      (byIndex[d.fact.sentences[id]!] ??= []).push(d);
    }
  }
  for (const d of [...table.details]) {
    if (d.fact.kind !== 'quote' && !d.described) continue;
    const entries = Object.entries(d.fact.sentences);
    if (entries.length < 2) continue;
    // statements carried by the first carrying sentence, kept when they share every carrying sentence
    const into = statements
      .get(entries[0]![0])
      ?.[entries[0]![1]]?.find((s) => s !== d && !s.described && entries.every(([id, at]) => s.fact.sentences[id] === at) && (!d.described || s.fact.presentIn.length === entries.length));
    if (!into) continue;
    if (d.speaker) into.speaker ??= d.speaker;
    table.remove(d);
  }
}

/**
 * A statement told in a sentence from the middle of a longer quote ("And they break down every week.") is the
 * speaker's words: its text gets the quotation marks the sentence itself does not show.
 */
function markQuotedStatements(table: FactTable, articles: readonly ComparableArticle[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || /["“”]/u.test(d.fact.text)) continue;
    for (const [id, at] of Object.entries(d.fact.sentences)) {
      const a = byId.get(id);
      const s = a?.sentences[at];
      if (!a || !s || s.text.trim() !== d.fact.text) continue;
      if (a.quotes?.some((q) => q.start <= s.start && s.end <= q.end)) d.fact.text = `“${d.fact.text}”`;
      break;
    }
  }
}

/**
 * An article that says the same sentence twice (a quote given in full and again in part) gave the table two
 * statements in the same words: they are one fact, carried wherever either is.
 */
export function oneStatementPerWording(table: FactTable): void {
  const byWords = new Map<string, FactDetail>();
  for (const d of [...table.details]) {
    if (d.fact.kind !== 'statement') continue;
    const stems = contentStems(d.fact.text);
    if (stems.length < 3) continue;
    const key = stems.sort().join(' ');
    const kept = byWords.get(key);
    if (!kept) {
      byWords.set(key, d);
      continue;
    }
    for (const [id, at] of Object.entries(d.fact.sentences)) {
      if (id in kept.fact.sentences) continue;
      kept.fact.presentIn.push(id);
      kept.fact.sentences[id] = at;
      kept.partial?.delete(id);
    }
    for (const id of d.partial ?? []) if (!(id in kept.fact.sentences)) (kept.partial ??= new Set()).add(id);
    for (const g of d.groups) if (!kept.groups.includes(g)) kept.groups.push(g);
    table.remove(d);
  }
}

/** Whether an article carries statement d or tells it in part. */
function saysSome(d: FactDetail, id: string): boolean {
  return id in d.fact.sentences || (d.partial?.has(id) ?? false);
}

/** A date that names a month ("in January", "on May 12"): two sentences that give it may speak of one event. */
const DATE_WITH_MONTH = /^q:date:\d*-\d+-/u;
/** Sentences beyond one per article that may use a date or word for it to tie two sentences together. */
const ANCHOR_SPARE = 1;

/** Content words a clause needs to be looked for on its own. */
const CLAUSE_MIN_WORDS = 4;
/** Each sentence as an article of its own, to score a statement against that sentence alone. */
const ALONE = new WeakMap<PreparedSentence, ArticleIndex>();
/** aloneIndex of a sentence's clause, by the clause's list of words. */
const CLAUSE_ALONE = new WeakMap<string[], ArticleIndex>();

/** Whether a statement's text is a sentence's own wording (quotation marks aside). */
function sameWording(text: string, sentence: string): boolean {
  const bare = (x: string) => x.replace(/["“”]/gu, '').trim();
  return bare(text) === bare(sentence);
}

/** Sentence s as an article of its own, or only the words of one of its clauses: to score a statement against it alone. */
function aloneIndex(s: PreparedSentence, features?: string[]): ArticleIndex {
  if (features) {
    // a clause's words: kept by their list, which partsOf makes once per sentence
    let index = CLAUSE_ALONE.get(features);
    if (!index) CLAUSE_ALONE.set(features, (index = new ArticleIndex([{ ...s, features, sentence: { ...s.sentence, index: 0 } }])));
    return index;
  }
  let index = ALONE.get(s);
  if (!index) ALONE.set(s, (index = new ArticleIndex([{ ...s, sentence: { ...s.sentence, index: 0 } }])));
  return index;
}

/** A sentence's statement as a whole and, where it says two things or more, each clause's, compiled (partToldBy). */
interface SentencePart {
  features: string[];
  whole: boolean;
  core: CoreFeature[];
}

/** partsOf's answers: a sentence is weighed against several others, its parts the same each time. */
const PARTS = new WeakMap<PreparedSentence, SentencePart[]>();

/** Sentence s and, where it says two things or more, its clauses, each with its statement compiled. */
function partsOf(s: PreparedSentence, alignment: AlignmentResult): SentencePart[] {
  let out = PARTS.get(s);
  if (out) return out;
  const parts = clausesOf(s)
    .map((c) => s.features.filter((f) => c.features.has(f)))
    .filter((features) => features.filter((f) => f.startsWith('w:')).length >= CLAUSE_MIN_WORDS)
    .map((features) => ({ features, whole: false }));
  out = [{ features: s.features, whole: parts.length < 2 }, ...(parts.length > 1 ? parts : [])].map((p) => ({ ...p, core: statementCore(s, p.features, alignment) }));
  PARTS.set(s, out);
  return out;
}

/**
 * What of sentence s sentence t tells at least in part: s itself, and the words of those of its clauses it tells where
 * s says two things or more ("…, while the council wants …"); none where t tells nothing of it. Each is taken as a
 * statement of its own and scored as one more carrier of a statement is (extend in facts-statements.ts), against t alone.
 * `whole`: s itself, where it says one thing.
 */
function partToldBy(s: PreparedSentence, t: PreparedSentence, alignment: AlignmentResult): SentencePart[] {
  const index = aloneIndex(t);
  return partsOf(s, alignment).filter((p) => statementScore(p.core, index, TO_CARRY).share >= TELLS_IN_PART);
}

/**
 * Whether two sentences share a date with its month, or RARE_SHARED uncommon words besides names, among their anchors:
 * those few sentences of the story use (a date or a word every article repeats, "the June 1 deadline", ties nothing).
 */
function sharedAnchor(a: readonly string[], b: readonly string[], namesB: ReadonlySet<string>): boolean {
  let words = 0;
  for (const f of a) {
    if (!b.includes(f)) continue;
    if (DATE_WITH_MONTH.test(f)) return true;
    if (!namesB.has(f) && ++words >= RARE_SHARED) return true;
  }
  return false;
}

/**
 * Two statements that say one thing, though the alignment made two of them (an article that says a thing twice, or a
 * thing and a part of it, splits the others' tellings between its two sentences), so that a reader sees two "Left out"
 * boxes for one thing and an article that says one is marked as leaving out the other. The sign: their own sentences
 * in two articles, each carrying one of them only, say the same thing. They share a date with its month or two
 * uncommon words that few sentences of the story use, and each tells the other in part (where a sentence says two
 * things, in the clause that says its own statement). Then an article that carries one tells the other at least in
 * part ("the first call since March" for "they last spoke in March") where a carrier of the other tells the first in
 * part in such a sentence; and where the two share a carrier and every carrier of either carries the other or tells it
 * in part, they are one fact, carried wherever either is, in the words of the one more articles carry.
 */
export function oneStatementPerParaphrase(table: FactTable, alignment: AlignmentResult): void {
  const articleNo = articleNumbers(alignment);
  const sentence = (d: FactDetail, id: string): PreparedSentence => alignment.prepared[articleNo.get(id)!]![d.fact.sentences[id]!]!;
  // each sentence's dates and uncommon words that few sentences use: at most `most`, read as inverse frequencies
  // (inverseFrequencies in features.ts: log(1 + sentences / uses), figures other than months weighted 1.5)
  let sentences = 0;
  for (const article of alignment.prepared) sentences += article.length;
  const fewWords = Math.log(1 + sentences / (alignment.prepared.length + ANCHOR_SPARE)) - 1e-9;
  const few = (f: string): boolean => (alignment.idf.get(f) ?? 0) >= (f.startsWith('q:') && !f.startsWith('q:month:') ? fewWords * 1.5 : fewWords);
  const anchors = new Map<PreparedSentence, string[]>();
  const anchorsOf = (s: PreparedSentence): string[] => {
    let out = anchors.get(s);
    if (out) return out;
    out = s.features.filter((f) => few(f) && (f.startsWith('w:') ? uncommonInEnglish(f) && !namesOf(s).has(f) : DATE_WITH_MONTH.test(f)));
    anchors.set(s, out);
    return out;
  };
  const told = new Map<string, SentencePart[]>();
  const partToldByOnce = (s: PreparedSentence, t: PreparedSentence) => {
    const key = `${s.article}:${s.sentence.index}:${t.article}:${t.sentence.index}`;
    let out = told.get(key);
    if (!out) told.set(key, (out = partToldBy(s, t, alignment)));
    return out;
  };
  // where a sentence says two things, what the other tells must be its statement's: the sentence is the statement's
  // own wording, or the clause told says the statement in part ("… until June, and reached deals with …" ties a
  // sentence on the June date to the first thing only)
  const own = (d: FactDetail, s: PreparedSentence, parts: SentencePart[]) =>
    parts.some((p) => p.whole || (p.features === s.features ? sameWording(d.fact.text, s.sentence.text) : statementScore(compiled(d, alignment), aloneIndex(s, p.features), TO_CARRY).share >= TELLS_IN_PART));
  /** Whether a's sentence in article za and b's in article yb say the same thing, each carrying only its own statement. */
  const sameThing = (a: FactDetail, za: string, b: FactDetail, yb: string): boolean => {
    if (za === yb || b.fact.sentences[za] === a.fact.sentences[za] || a.fact.sentences[yb] === b.fact.sentences[yb]) return false;
    const sa = sentence(a, za);
    const sb = sentence(b, yb);
    if (!sharedAnchor(anchorsOf(sa), anchorsOf(sb), namesOf(sb))) return false;
    const partsA = partToldByOnce(sa, sb);
    if (!partsA.length || !own(a, sa, partsA)) return false;
    const partsB = partToldByOnce(sb, sa);
    return partsB.length > 0 && own(b, sb, partsB);
  };
  /** The carriers of a that say nothing of b, told b in part where a carrier of b that tells a in part says the same thing in its sentence. */
  const bridge = (a: FactDetail, b: FactDetail): void => {
    if (!a.partial?.size) return;
    const missing = a.fact.presentIn.filter((z) => !saysSome(b, z));
    if (!missing.length) return;
    const telling = b.fact.presentIn.filter((y) => a.partial!.has(y));
    for (const z of missing) if (telling.some((y) => sameThing(a, z, b, y))) (b.partial ??= new Set()).add(z);
  };
  // candidates: statements whose carrying sentences share an anchor (which few sentences use) and that share a carrier
  const byAnchor = new Map<string, FactDetail[]>();
  table.details.forEach((d) => {
    if (d.fact.kind !== 'statement' || d.thin) return;
    const mine = new Set<string>();
    for (const id of d.fact.presentIn) for (const f of anchorsOf(sentence(d, id))) mine.add(f);
    for (const f of mine) (byAnchor.get(f) ?? byAnchor.set(f, []).get(f)!).push(d);
  });
  const order = new Map(table.details.map((d, i) => [d, i]));
  /** Pairs of statements sharing a carrier and an anchor, each once, in the table's order. */
  const pairs: [FactDetail, FactDetail][] = [];
  const seen = new Set<number>();
  const n = table.details.length;
  for (const list of byAnchor.values()) {
    // in the table's order already: facts were added to each list in it
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = order.get(a)! * n + order.get(b)!;
        if (seen.has(key) || !a.fact.presentIn.some((id) => id in b.fact.sentences)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  pairs.sort((p, q) => order.get(p[0])! - order.get(q[0])! || order.get(p[1])! - order.get(q[1])!);
  for (const [a, b] of pairs) {
    bridge(a, b);
    bridge(b, a);
  }
  const merged = new Set<FactDetail>();
  for (const pair of pairs) {
    let [a, b] = pair;
    // one merge per fact: a fact grown by one merge would draw in every fact its new carriers tell
    if (merged.has(a) || merged.has(b)) continue;
    if (!a.fact.presentIn.every((id) => saysSome(b, id)) || !b.fact.presentIn.every((id) => saysSome(a, id))) continue;
    if (!a.fact.presentIn.some((z) => b.fact.presentIn.some((y) => sameThing(a, z, b, y)))) continue;
    // the one more articles carry stands for both; an article that tells only the other in part still leaves it out
    if (b.fact.presentIn.length > a.fact.presentIn.length) [a, b] = [b, a];
    for (const [id, at] of Object.entries(b.fact.sentences)) {
      if (id in a.fact.sentences) continue;
      a.fact.presentIn.push(id);
      a.fact.sentences[id] = at;
      a.partial?.delete(id);
    }
    for (const g of b.groups) if (!a.groups.includes(g)) a.groups.push(g);
    merged.add(a);
    merged.add(b);
    table.remove(b);
  }
}

/** Words of a quote another article quotes itself before it counts as telling the quote in part. */
const QUOTED_IN_PART = 2;
/** Words in a row, as the speaker said them, that an article's own quote shares with a quote to tell it in part. */
const QUOTED_RUN = 4;

/** Words a statement's text gives in quotation marks, where they are most of it ("“…,” she said."), or undefined. */
function quotedWords(text: string): string | undefined {
  const spans = text.match(/["“][^"“”]+["”]/gu);
  if (!spans) return undefined;
  const inside = spans.join(' ');
  return inside.length >= text.length * QUOTED_MOST ? inside : undefined;
}
/** Share of a statement's text in quotation marks from which it is a speaker's words. */
const QUOTED_MOST = 0.6;

/** A quote's words in order, with straight apostrophes. */
function runWords(text: string): string[] {
  return text.replace(/[‘’]/gu, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * A quote another article gives only some words of, in quotation marks of its own and from the same speaker, is told
 * in part: fragments of it ("called the plan "reckless" and "ruinous""), or a run of its words within another quote
 * ("… It should never have been built …" for "a terrible plan that should never have been built").
 */
export function quotedInPart(table: FactTable, articles: readonly ComparableArticle[]): void {
  let quoted: { speaker?: string; stems: Set<string>; words: string }[][] | undefined;
  for (const d of table.details) {
    // a statement in a speaker's words is told in part as a quote is: by a run of those words in another quote
    const inQuotes = d.fact.kind === 'statement' ? quotedWords(d.fact.text) : undefined;
    if (d.fact.kind !== 'quote' && !inQuotes) continue;
    const stems = inQuotes ? contentStems(inQuotes) : (d.stems ?? contentStems(d.fact.text));
    // the quote's words, without the speaker named after it: “…” (Dana Brandt)
    const words = runWords(inQuotes ?? d.fact.text.replace(/”\s*\([^()]*\)$/u, '”'));
    // its runs of words that say something in the speaker's own words: two lower-case content words or more (names
    // are what the story is about: "in the Middle East" is no one's wording)
    const runs: string[] = [];
    // each word's content stems once (a lower-case word's), not each run's words again
    const wordStems = words.map((w) => (/^\p{Ll}/u.test(w) ? contentStems(w) : []));
    const inRun = new Set<string>();
    for (let k = 0; k + QUOTED_RUN <= words.length; k++) {
      inRun.clear();
      for (let j = k; j < k + QUOTED_RUN; j++) for (const st of wordStems[j]!) inRun.add(st);
      if (inRun.size >= QUOTED_IN_PART) runs.push(` ${words.slice(k, k + QUOTED_RUN).join(' ').toLowerCase()} `);
    }
    articles.forEach((a, x) => {
      if (a.id in d.fact.sentences || d.partial?.has(a.id)) return;
      quoted ??= articles.map((b) => (b.quotes ?? []).map((q) => ({ speaker: q.speaker, stems: new Set(contentStems(q.text)), words: ` ${runWords(q.text).join(' ').toLowerCase()} ` })));
      const own = quoted[x]!.filter((q) => q.stems.size && (!d.speaker || !q.speaker || q.speaker === d.speaker));
      const fragments = own.filter((q) => [...q.stems].every((st) => stems.includes(st)));
      const inFragments = stems.filter((st) => fragments.some((q) => q.stems.has(st))).length;
      if (inFragments >= QUOTED_IN_PART || own.some((q) => runs.some((r) => q.words.includes(r)))) (d.partial ??= new Set()).add(a.id);
    });
  }
}

/**
 * Numbers and people told in other words: the articles that carry them too; and those that tell a fact in part
 * (a quote in other words or a part of its words, a bound for a figure, a month for a date).
 */
function tellings(table: FactTable, alignment: AlignmentResult, indexes: ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  const groupCache = new Map<number, Map<number, number>>();
  for (const d of table.details) {
    if (d.fact.kind === 'statement') continue;
    const found: { x: number; sentence: number }[] = [];
    alignment.prepared.forEach((sentences, x) => {
      const id = sentences[0]?.articleId;
      if (id === undefined || id in d.fact.sentences) return;
      const t = tells(d, x, alignment, indexes[x]!, groupCache, (a) => articleNo.get(a)!);
      if (t.verdict === 'carries' && t.sentence >= 0 && d.fact.kind !== 'quote') found.push({ x, sentence: t.sentence });
      else if (t.verdict !== 'none') (d.partial ??= new Set()).add(id);
    });
    for (const { x, sentence } of found) table.add(d, alignment.prepared[x]![sentence]!);
  }
}

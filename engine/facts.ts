/**
 * Facts at finer grain than sentences, one function per kind: numbers with what they count, people in a role,
 * direct quotes, and statements. Together they make the fact table every view of the comparison derives from.
 */
import type { AlignmentResult, ComparableArticle } from './align';
import type { ArticleIndex } from './coverage';
import { FactTable, type FactDetail, type FactSet } from './fact-table';
import { descriptionFacts } from './facts-descriptions';
import { numberFacts } from './facts-numbers';
import { groupPeople, personFacts } from './facts-people';
import { contentStems, quoteFacts, quoteSources, remarksByTheirWords } from './facts-quotes';
import { reportedQuotes } from './facts-reported';
import { statementFacts } from './facts-statements';
import { figurePartsTellStatements, tells, verifyCarriers } from './tells';

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
  markQuotedStatements(table, articles);
  verifyCarriers(table, alignment, indexes);
  return table.finish(articles.map((a) => a.id), roles);
}

/**
 * A quote told in the very sentences that tell a statement, in every article that carries it, is that statement:
 * who said what is one fact, not two. So is what a sentence says of a person beside the name ("Ann Lee, the head of
 * the port authority, said …") where the statement's carriers are exactly the description's: where another article
 * tells the statement without it, the description is what that article leaves out. (A person in a role stays a
 * fact of its own: a reader may miss the person.)
 */
function clusterBySentence(table: FactTable): void {
  const statements = new Map<string, FactDetail[]>();
  for (const d of table.details) {
    if (d.fact.kind !== 'statement') continue;
    for (const [id, at] of Object.entries(d.fact.sentences)) {
      const key = `${id}\u0000${at}`;
      const list = statements.get(key);
      if (list) list.push(d);
      else statements.set(key, [d]);
    }
  }
  for (const d of [...table.details]) {
    if (d.fact.kind !== 'quote' && !d.described) continue;
    const entries = Object.entries(d.fact.sentences);
    if (entries.length < 2) continue;
    // statements carried by the first carrying sentence, kept when they share every carrying sentence
    const into = statements
      .get(`${entries[0]![0]}\u0000${entries[0]![1]}`)
      ?.find((s) => s !== d && !s.described && entries.every(([id, at]) => s.fact.sentences[id] === at) && (!d.described || s.fact.presentIn.length === entries.length));
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

/** Words of a quote another article quotes itself before it counts as telling the quote in part. */
const QUOTED_IN_PART = 2;
/** Words in a row, as the speaker said them, that an article's own quote shares with a quote to tell it in part. */
const QUOTED_RUN = 4;

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
    if (d.fact.kind !== 'quote') continue;
    const stems = d.stems ?? contentStems(d.fact.text);
    // the quote's words, without the speaker named after it: “…” (Dana Brandt)
    const words = runWords(d.fact.text.replace(/”\s*\([^()]*\)$/u, '”'));
    // its runs of words that say something in the speaker's own words: two lower-case content words or more (names
    // are what the story is about: "in the Middle East" is no one's wording)
    const runs: string[] = [];
    for (let k = 0; k + QUOTED_RUN <= words.length; k++) {
      const run = words.slice(k, k + QUOTED_RUN);
      if (contentStems(run.filter((w) => /^\p{Ll}/u.test(w)).join(' ')).length >= QUOTED_IN_PART) runs.push(` ${run.join(' ').toLowerCase()} `);
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
  const articleNo = new Map(alignment.prepared.map((a, i) => [a[0]?.articleId ?? '', i]));
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

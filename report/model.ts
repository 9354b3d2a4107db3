/**
 * What every report format is made from: the engine's Comparison of the loaded articles, the articles
 * themselves (for their text and file names) and the files that could not be read. Pure: no Node, no
 * Electron, so the app and the CLI share it.
 */
import { analyze } from '../engine/index';
import type { Comparison, MarkCategory } from '../engine/types';
import { outletNames } from './outlets';
import { CATEGORIES } from './vocabulary';

/** An article as the report needs it (the fields of a loaded article it uses). */
export interface ReportArticle {
  id: string;
  /** The file: its name, or its absolute path when the report was asked for full paths. */
  file: string;
  /** File name. */
  name: string;
  title: string;
  text: string;
  wordCount: number;
  /** The outlet, as the file names it. */
  source?: string;
  /** The name the reader gave the article in the app (a renamed column): every report names it so. */
  label?: string;
  author?: string;
  date?: string;
}

/** What the loaders hand over: the articles read and the files that could not be, with the reason. */
export interface LoadedSet {
  articles: ReportArticle[];
  errors: { file: string; name?: string; reason: string }[];
}

/** How a report is made. */
export interface ReportOptions {
  /**
   * Name files by their full path. Off by default: a report is often shared, and the folders an
   * article sat in (user names, projects) are not part of the comparison.
   */
  fullPaths?: boolean;
}

/** The last part of a path, whichever separator it uses. */
function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() || path;
}

/** A file that is not in the report, and why. */
export interface ReportError {
  file: string;
  message: string;
}

/** Everything a formatter needs. */
export interface ReportInput {
  comparison: Comparison;
  articles: ReportArticle[];
  errors: ReportError[];
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  /** The mark categories the reader had on: HTML, PDF and Markdown show only these. All when absent. */
  categories?: readonly MarkCategory[];
}

/** Runs the engine over what was loaded and gathers the report's input. */
export function buildReport(loaded: LoadedSet, now: Date = new Date(), options: ReportOptions = {}): ReportInput {
  const shown = (file: string, name?: string) => (options.fullPaths ? file : (name ?? fileName(file)));
  const articles = loaded.articles.map((a) => ({ ...a, file: shown(a.file, a.name) }));
  const comparison = analyze(articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.file })));
  return {
    comparison,
    articles,
    errors: loaded.errors.map((e) => ({ file: e.file === '' ? e.name ?? '' : shown(e.file, e.name), message: e.reason })),
    generatedAt: now.toISOString(),
  };
}

/** The legend entries of the categories a report shows, and the ones it leaves out. */
export function shownCategories(input: Pick<ReportInput, 'categories'>): { shown: typeof CATEGORIES; hidden: typeof CATEGORIES } {
  const on = input.categories;
  return {
    shown: on ? CATEGORIES.filter((c) => on.includes(c.id)) : CATEGORIES,
    hidden: on ? CATEGORIES.filter((c) => !on.includes(c.id)) : [],
  };
}

/** The input with only the marks of the categories the report shows (see `categories`). */
export function withShownMarks(input: ReportInput): ReportInput {
  const on = input.categories;
  if (!on) return input;
  const articles = input.comparison.articles.map((a) => ({ ...a, highlights: a.highlights.filter((h) => on.includes(h.category)) }));
  return { ...input, comparison: { ...input.comparison, articles } };
}

/** The name of each article in a report, by id: the reader's, else the outlet's, unique within the set (see outletNames). */
export function reportNames(pairs: readonly { analysis: { id: string }; article: ReportArticle }[]): Map<string, string> {
  return outletNames(pairs.map(({ analysis, article }) => ({ id: analysis.id, name: article.name, source: article.source, label: article.label })));
}

/** A short name for an article in tables and charts: its title, else its file name. */
export function articleLabel(article: Pick<ReportArticle, 'title' | 'name'>): string {
  return article.title.trim() || article.name;
}

/** The loaded article for each analysed article, in the comparison's order. */
export function pairArticles(input: ReportInput): { analysis: Comparison['articles'][number]; article: ReportArticle }[] {
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  return input.comparison.articles.map((analysis) => ({
    analysis,
    article: byId.get(analysis.id) ?? {
      id: analysis.id,
      file: analysis.file ?? '',
      name: analysis.file?.split(/[\\/]/u).pop() ?? 'article',
      title: analysis.title,
      text: '',
      wordCount: analysis.wordCount,
    },
  }));
}

/**
 * How an article tells a fact, read from the fact table: it carries it, tells it in part or in other words, leaves
 * it out (an omission), or does not report it and is not called left out (too few others carry it, or the fact is
 * uncounted: Fact.uncounted).
 */
export type CellState = 'carries' | 'part' | 'left-out' | 'none';

/** The cell of the coverage matrix for one fact and one article: the same table the app's matrix reads. */
export function cellState(fact: Comparison['facts'][number], articleId: string): CellState {
  if (fact.presentIn.includes(articleId)) return 'carries';
  if (fact.partialIn?.includes(articleId)) return 'part';
  if (fact.omittedBy?.includes(articleId)) return 'left-out';
  return 'none';
}

/** The texts of the facts an omission's box stands for (Omission.covers), in order. */
export function coveredTexts(comparison: Comparison, o: Comparison['articles'][number]['omissions'][number]): string[] {
  if (!o.covers?.length) return [];
  let byId = FACT_TEXTS.get(comparison.facts);
  if (!byId) FACT_TEXTS.set(comparison.facts, (byId = new Map(comparison.facts.map((f) => [f.id, f.text]))));
  return o.covers.map((id) => byId.get(id)).filter((t): t is string => t !== undefined);
}
/** Each comparison's fact texts by id, made once for a report rather than once per box that stands for others. */
const FACT_TEXTS = new WeakMap<readonly Comparison['facts'][number][], ReadonlyMap<string, string>>();

/** The stories of a set that holds several, as article ids (empty when the set is one story). */
export function storiesOf(comparison: Comparison): string[][] {
  return (comparison.stories ?? []).length > 1 ? comparison.stories! : [];
}

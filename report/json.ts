/** The JSON report: the Comparison in a versioned, documented shape. */
import { pairArticles, reportNames, type ReportInput } from './model';

/**
 * Version of the JSON report's shape. Raise it when a field changes meaning or goes away; adding a
 * field does not change it.
 */
export const SCHEMA_VERSION = 2;

/**
 * The JSON report (shape in the README, "JSON report"). Per article: id, file, name, outlet (the name every
 * report gives it: the reader's, else the outlet's), title, wordCount,
 * sentiment, coverage, actors (each with its labels, aliases and every mention with its offsets), every
 * highlight and every omission, plus the text all offsets refer to; then facts, alignments,
 * contradictions, the coverage matrix and the files that could not be read. The engine's per-sentence
 * tokens are left out: they are derived from the text and would make the file many times larger.
 */
export function renderJson(input: ReportInput): string {
  return [...jsonChunks(input)].join('');
}

/** `value` as pretty JSON, indented to sit `depth` levels deep. */
function pretty(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

/** A JSON array written an element at a time, each pretty-printed (or on one line when `compact`). */
function* array<T>(key: string, items: Iterable<T>, map: (item: T) => unknown, last = false, compact = false): Generator<string> {
  yield `  ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}\n    ${compact ? JSON.stringify(map(item)) : pretty(map(item), 2)}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${last ? '' : ','}\n`;
}

/**
 * The JSON report a piece at a time (an article, a fact, a row of the coverage matrix), so that a large
 * set is written without ever holding the whole text: the same document JSON.parse reads, with the
 * matrix rows on one line each.
 */
export function* jsonChunks(input: ReportInput): Generator<string> {
  const { comparison } = input;
  yield `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": "Parallax",\n  "generatedAt": ${JSON.stringify(input.generatedAt)},\n`;
  const pairs = pairArticles(input);
  const names = reportNames(pairs);
  yield* array('articles', pairs, ({ analysis, article }) => ({
      id: analysis.id,
      file: article.file,
      name: article.name,
      outlet: names.get(analysis.id),
      title: analysis.title,
      ...(article.source ? { source: article.source } : {}),
      ...(article.date ? { date: article.date } : {}),
      wordCount: analysis.wordCount,
      sentiment: { score: analysis.sentiment.score, comparative: analysis.sentiment.comparative },
      coverage: analysis.coverage,
      ...(analysis.headline ? { headline: analysis.headline } : {}),
      ...(analysis.dateline ? { dateline: analysis.dateline } : {}),
      actors: analysis.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        labels: a.labels,
        aliases: a.aliases ?? [],
        mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, ...(m.label ? { label: m.label } : {}) })),
        sentiment: a.sentiment,
      })),
      highlights: analysis.highlights.map((h) => ({
        start: h.start,
        end: h.end,
        text: h.text,
        category: h.category,
        reason: h.reason,
        ...(h.attribution ? { attribution: h.attribution } : {}),
        ...(h.quoted ? { quoted: h.quoted } : {}),
      })),
      omissions: analysis.omissions.map((o) => ({
        factId: o.factId,
        ...(o.kind ? { kind: o.kind } : {}),
        text: o.text,
        presentIn: o.presentIn,
        ...(o.partialIn ? { partialIn: o.partialIn } : {}),
        anchor: o.anchor,
        ...(o.covers ? { covers: o.covers } : {}),
      })),
      text: article.text,
  }));
  yield* array('facts', comparison.facts, (f) => ({
    id: f.id,
    kind: f.kind,
    text: f.text,
    presentIn: f.presentIn,
    sentences: f.sentences,
    ...(f.value !== undefined ? { value: f.value } : {}),
  }));
  yield* array('concepts', comparison.concepts ?? [], (c) => ({ id: c.id, name: c.name, heads: c.heads, mentions: c.mentions }));
  yield* array('alignments', comparison.alignments, (a) => a);
  yield* array('contradictions', comparison.contradictions, (c) => c);
  const { coverage } = comparison;
  yield `  "coverage": {\n    "articleIds": ${JSON.stringify(coverage.articleIds)},\n    "factIds": ${JSON.stringify(coverage.factIds)},\n`;
  yield* array('matrix', coverage.matrix, (row) => row, true, true);
  yield '  },\n';
  yield* array('errors', input.errors, (e) => ({ file: e.file, message: e.message }), true);
  yield '}\n';
}

/** The JSON report: the Comparison in a versioned, documented shape. */
import { pairArticles, type ReportInput } from './model';

/**
 * Version of the JSON report's shape. Raise it when a field changes meaning or goes away; adding a
 * field does not change it.
 */
export const SCHEMA_VERSION = 1;

/**
 * The JSON report. Per article: id, file, name, title, wordCount, sentiment, coverage, actors, every
 * highlight and every omission, plus the text all offsets refer to; then facts, alignments,
 * contradictions, the coverage matrix and the files that could not be read. The engine's per-sentence
 * tokens are left out: they are derived from the text and would make the file many times larger.
 */
export function renderJson(input: ReportInput): string {
  const { comparison } = input;
  const report = {
    schemaVersion: SCHEMA_VERSION,
    generator: 'Parallax',
    generatedAt: input.generatedAt,
    articles: pairArticles(input).map(({ analysis, article }) => ({
      id: analysis.id,
      file: article.file,
      name: article.name,
      title: analysis.title,
      ...(article.source ? { source: article.source } : {}),
      ...(article.date ? { date: article.date } : {}),
      wordCount: analysis.wordCount,
      sentiment: { score: analysis.sentiment.score, comparative: analysis.sentiment.comparative },
      coverage: analysis.coverage,
      ...(analysis.headline ? { headline: analysis.headline } : {}),
      ...(analysis.dateline ? { dateline: analysis.dateline } : {}),
      actors: analysis.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, labels: a.labels, mentions: a.mentions.length, sentiment: a.sentiment })),
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
        anchor: o.anchor,
      })),
      text: article.text,
    })),
    facts: comparison.facts.map((f) => ({
      id: f.id,
      kind: f.kind,
      text: f.text,
      presentIn: f.presentIn,
      sentences: f.sentences,
      ...(f.value !== undefined ? { value: f.value } : {}),
    })),
    alignments: comparison.alignments,
    contradictions: comparison.contradictions,
    coverage: comparison.coverage,
    errors: input.errors.map((e) => ({ file: e.file, message: e.message })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

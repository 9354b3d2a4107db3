/**
 * The shape of the comparison the renderer sends with File › Export…, as zod checks it in main: the
 * engine's Comparison without the per-sentence tokens (no report reads them; they are most of its size).
 * Lengths are bounded by Parallax's limits, so a page cannot make main hold more than it ever loads.
 * zod drops keys it does not know: a field the engine adds must be added here too, or reports lose it
 * (report-schema.test.ts fails until it is).
 */
import { z } from 'zod';
import type { ArticleAnalysis, Comparison, Sentence } from '../engine/types';
import { MARK_CATEGORIES } from '../engine/types';
import { MAX_OPEN_ARTICLES, MAX_TEXT_CHARS } from './limits';

/** A sentence as a report needs it. */
export type ReportSentence = Omit<Sentence, 'tokens'>;
/** An article's analysis as a report needs it. */
export type ReportAnalysis = Omit<ArticleAnalysis, 'sentences'> & { sentences: ReportSentence[] };
/** The comparison as a report needs it. */
export type ReportComparison = Omit<Comparison, 'articles'> & { articles: ReportAnalysis[] };

// Upper bounds: an offset or count never exceeds the longest text; a list of spans never has more entries than characters.
const offset = z.number().int().min(0).max(MAX_TEXT_CHARS);
const count = z.number().int().min(-1).max(MAX_TEXT_CHARS);
const id = z.string().max(256);
const text = z.string().max(MAX_TEXT_CHARS);
const label = z.string().max(10_000);
const many = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_TEXT_CHARS);
const articleIds = z.array(id).max(MAX_OPEN_ARTICLES);
const finite = z.number().finite();
const share = z.number().min(0).max(1);
const span = { start: offset, end: offset };
const score = z.object({ score: finite, comparative: finite });
const category = z.enum(MARK_CATEGORIES);
const attribution = z.enum(['neutral', 'doubt', 'endorse', 'wrongdoing']);
const factKind = z.enum(['number', 'person-role', 'quote', 'statement']);

const highlight = z.object({
  ...span,
  text,
  category,
  reason: label,
  attribution: attribution.optional(),
  quoted: z.object({ speaker: id.optional() }).optional(),
});

const sentence = z.object({
  ...span,
  index: count,
  paragraph: count,
  text,
  heading: z.boolean(),
  sentiment: score.extend({ words: many(z.object({ ...span, word: label, score: finite })) }),
});

const analysis = z.object({
  id,
  title: text,
  file: z.string().max(4096).optional(),
  wordCount: count,
  headline: z.object({ ...span, text }).optional(),
  dateline: z.object({ ...span, text }).optional(),
  paragraphs: many(z.object({ ...span, index: count, sentiment: score })),
  sentences: many(sentence),
  quotes: many(z.object({ ...span, text, speaker: id.optional(), speakerName: label.optional() })),
  actors: many(
    z.object({
      id,
      name: label,
      kind: z.enum(['person', 'organisation', 'country', 'other']),
      mentions: many(z.object({ ...span, text: label, sentence: count, label: label.optional() })),
      labels: many(label),
      aliases: many(label).optional(),
      sentiment: score,
    }),
  ),
  sentiment: score,
  numberEntities: many(z.object({ ...span, type: label, text: label })),
  highlights: many(highlight),
  attributions: many(highlight).optional(),
  omissions: many(
    z.object({
      factId: id,
      kind: factKind.optional(),
      text,
      presentIn: articleIds,
      partialIn: articleIds.optional(),
      anchor: z.object({ afterSentence: count }),
      importance: share.optional(),
      minor: z.boolean().optional(),
      covers: many(id).optional(),
    }),
  ),
  coverage: share,
});

/** zod schema of a ReportComparison. */
export const reportComparisonSchema = z.object({
  articles: z.array(analysis).min(1).max(MAX_OPEN_ARTICLES),
  facts: many(
    z.object({
      id,
      kind: factKind,
      text,
      presentIn: articleIds,
      sentences: z.record(id, count),
      value: label.optional(),
      omittedBy: articleIds.optional(),
      partialIn: articleIds.optional(),
      importance: share.optional(),
      uncounted: z.enum(['headline', 'names']).optional(),
    }),
  ),
  alignments: many(
    z.object({
      id,
      members: z.array(z.object({ articleId: id, sentence: count })).max(MAX_OPEN_ARTICLES),
      similarity: finite,
      factIds: many(id),
      differences: many(
        z.object({
          articleId: id,
          sentence: count,
          text: label,
          ...span,
          category: category.optional(),
          reason: label.optional(),
          attribution: attribution.optional(),
        }),
      ),
    }),
  ),
  contradictions: many(
    z.object({
      id,
      kind: z.enum(['number', 'date', 'title', 'ordinal']),
      subject: label,
      reason: label,
      values: z.array(z.object({ articleId: id, text: label, sentence: count, side: count })).max(MAX_OPEN_ARTICLES),
    }),
  ),
  coverage: z.object({ factIds: many(id), articleIds, matrix: many(z.array(z.boolean()).max(MAX_OPEN_ARTICLES)) }),
  stories: z.array(articleIds).max(MAX_OPEN_ARTICLES).optional(),
  concepts: many(
    z.object({
      id,
      name: label,
      heads: many(label),
      mentions: many(z.object({ ...span, articleId: id, sentence: count, text: label })),
    }),
  ).optional(),
}) satisfies z.ZodType<ReportComparison>;

import Sentiment from 'sentiment';
import afinn from 'sentiment/languages/en/labels.json';
import type { DetailedSentiment, ScoredWord, SentimentScore } from './types';

const analyzer = new Sentiment();

/** AFINN-165 word scores as the `sentiment` package uses them (a read-only copy of its word list). */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));

const WORDISH = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const CURLY_APOSTROPHE = /’/gu;
const HYPHEN = /-/gu;
const SPACE_RUN = /[^ ]+/gu;

/** A text span scored by the `sentiment` package, with the package's token count for averaging. */
export interface SpanSentiment extends DetailedSentiment {
  tokens: number;
}

/**
 * The text the `sentiment` tokenizer should have seen, same length as the input so offsets still hold:
 * everything but words becomes a space (it keeps curly quotes and dashes glued to words), curly
 * apostrophes become straight, and hyphenated words are split unless AFINN lists the compound.
 */
export function normaliseForSentiment(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORDISH)) {
    out += ' '.repeat(m.index - last);
    let word = m[0].replace(CURLY_APOSTROPHE, "'");
    if (word.includes('-') && !AFINN.has(word.toLowerCase())) word = word.replace(HYPHEN, ' ');
    out += word;
    last = m.index + m[0].length;
  }
  return out + ' '.repeat(text.length - last);
}

/** Sentiment of `text.slice(start, end)` with the words that moved it, offsets into `text`. */
export function scoreSpan(text: string, start = 0, end = text.length): SpanSentiment {
  const normal = normaliseForSentiment(text.slice(start, end));
  const result = analyzer.analyze(normal);
  const positions: { start: number; word: string }[] = [];
  for (const m of normal.matchAll(SPACE_RUN)) positions.push({ start: m.index, word: m[0] });
  const words: ScoredWord[] = [];
  // `calculation` lists the scored tokens last to first.
  let k = 0;
  for (let i = positions.length - 1; i >= 0 && k < result.calculation.length; i--) {
    const p = positions[i]!;
    const lower = p.word.toLowerCase();
    if (!AFINN.has(lower)) continue;
    const entry = result.calculation[k++]!;
    const score = entry[lower];
    if (score === undefined) continue;
    const s = start + p.start;
    words.push({ start: s, end: s + p.word.length, word: text.slice(s, s + p.word.length), score });
  }
  words.reverse();
  const tokens = normal.trim() === '' ? 0 : result.tokens.length;
  return { score: result.score, comparative: tokens ? result.score / tokens : 0, words, tokens };
}

/** Score and comparative of several scored spans taken together. */
export function combine(parts: readonly SpanSentiment[]): SentimentScore & { tokens: number } {
  let score = 0;
  let tokens = 0;
  for (const p of parts) {
    score += p.score;
    tokens += p.tokens;
  }
  return { score, comparative: tokens ? score / tokens : 0, tokens };
}

/** Plain score/comparative of a detailed figure (drops words and counts for JSON output). */
export function plain(s: SentimentScore): SentimentScore {
  return { score: s.score, comparative: s.comparative };
}

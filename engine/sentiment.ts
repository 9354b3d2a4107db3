/** Sentiment: AFINN scores (the sentiment package) of sentences and paragraphs, with the words that carry them. */
import Sentiment from 'sentiment';
import afinn from 'sentiment/languages/en/labels.json';
import { WORD_CLASS, type Span } from './text';
import type { DetailedSentiment, SentimentScore } from './types';

const analyzer = new Sentiment();

/** AFINN-165 word scores as the `sentiment` package uses them (a read-only copy of its word list). */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));

const WORDISH = new RegExp(`[${WORD_CLASS}]+(?:['’-][${WORD_CLASS}]+)*`, 'g');
const CURLY_APOSTROPHE = /’/gu;
/** Not a word, not in AFINN, not a negator, not stripped by the package's tokenizer. */
const SEPARATOR = '|';

/** A text span scored by the `sentiment` package, with the package's token count for averaging. */
export interface SpanSentiment extends DetailedSentiment {
  tokens: number;
}

/**
 * Sentiment of `text.slice(start, end)` with the words that moved it, offsets into `text`. The package sees
 * the words only, so what its tokenizer misses cannot hide a word: curly quotes and dashes glued to words
 * are dropped, curly apostrophes straightened, and hyphenated words split unless AFINN lists the compound.
 */
export function scoreSpan(text: string, start = 0, end = text.length): SpanSentiment {
  return scoreSpans(text, [{ start, end }])[0]!;
}

/**
 * scoreSpan for many spans of one text in a single pass of the package: a separator token between spans
 * keeps a negator at the end of one span from flipping the first word of the next.
 */
export function scoreSpans(text: string, spans: readonly Span[]): SpanSentiment[] {
  const words: string[] = [];
  const at: number[] = [];
  const owner: number[] = [];
  const counts = new Array<number>(spans.length).fill(0);
  const phrase: string[] = [];
  spans.forEach((span, index) => {
    const before = words.length;
    for (const m of text.slice(span.start, span.end).matchAll(WORDISH)) {
      let word = m[0];
      if (word.includes('’')) word = word.replace(CURLY_APOSTROPHE, "'");
      if (word.includes('-') && !AFINN.has(word.toLowerCase())) {
        let offset = 0;
        for (const part of word.split('-')) {
          words.push(part);
          at.push(span.start + m.index + offset);
          owner.push(index);
          offset += part.length + 1;
        }
      } else {
        words.push(word);
        at.push(span.start + m.index);
        owner.push(index);
      }
    }
    counts[index] = words.length - before;
  });
  const results: SpanSentiment[] = spans.map((_, i) => ({ score: 0, comparative: 0, words: [], tokens: counts[i]! }));
  if (!words.length) return results;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && owner[i] !== owner[i - 1]) phrase.push(SEPARATOR);
    phrase.push(words[i]!);
  }
  const result = analyzer.analyze(phrase.join(' '));
  // `calculation` lists the scored tokens last to first.
  let k = 0;
  for (let i = words.length - 1; i >= 0 && k < result.calculation.length; i--) {
    const lower = words[i]!.toLowerCase();
    if (!AFINN.has(lower)) continue;
    const score = result.calculation[k++]![lower];
    if (score === undefined) continue;
    const s = at[i]!;
    const e = s + words[i]!.length;
    const r = results[owner[i]!]!;
    r.words.push({ start: s, end: e, word: text.slice(s, e), score });
    r.score += score;
  }
  for (const r of results) {
    r.words.reverse();
    r.comparative = r.tokens ? r.score / r.tokens : 0;
  }
  return results;
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

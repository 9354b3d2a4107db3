import Sentiment from 'sentiment';
import afinn from 'sentiment/languages/en/labels.json';
import { WORD_CLASS } from './text';
import type { DetailedSentiment, ScoredWord, SentimentScore } from './types';

const analyzer = new Sentiment();

/** AFINN-165 word scores as the `sentiment` package uses them (a read-only copy of its word list). */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));

const WORDISH = new RegExp(`[${WORD_CLASS}]+(?:['’-][${WORD_CLASS}]+)*`, 'g');
const CURLY_APOSTROPHE = /’/gu;

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
  const words: string[] = [];
  const at: number[] = [];
  for (const m of text.slice(start, end).matchAll(WORDISH)) {
    let word = m[0];
    if (word.includes('’')) word = word.replace(CURLY_APOSTROPHE, "'");
    if (word.includes('-') && !AFINN.has(word.toLowerCase())) {
      let offset = 0;
      for (const part of word.split('-')) {
        words.push(part);
        at.push(start + m.index + offset);
        offset += part.length + 1;
      }
    } else {
      words.push(word);
      at.push(start + m.index);
    }
  }
  if (!words.length) return { score: 0, comparative: 0, words: [], tokens: 0 };
  const result = analyzer.analyze(words.join(' '));
  const scored: ScoredWord[] = [];
  // `calculation` lists the scored tokens last to first.
  let k = 0;
  for (let i = words.length - 1; i >= 0 && k < result.calculation.length; i--) {
    const lower = words[i]!.toLowerCase();
    if (!AFINN.has(lower)) continue;
    const score = result.calculation[k++]![lower];
    if (score === undefined) continue;
    const s = at[i]!;
    const e = s + words[i]!.length;
    scored.push({ start: s, end: e, word: text.slice(s, e), score });
  }
  scored.reverse();
  const tokens = result.tokens.length;
  return { score: result.score, comparative: result.score / tokens, words: scored, tokens };
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

/** Sentiment: AFINN scores (the sentiment package) of sentences and paragraphs, with the words that carry them. */
import Sentiment from 'sentiment';
import { AFINN } from './lexicon/afinn';
import { neutralTermTokens, toneNeutral } from './markers-evaluative';
import { WORD_CLASS, type Span } from './text';
import type { DetailedSentiment, SentimentScore, Token } from './types';

export { AFINN } from './lexicon/afinn';

const analyzer = new Sentiment();

/** A word, with its inner apostrophes and hyphens; sticky: scoreSpans() asks for one where a letter or digit stands. */
const WORDISH = new RegExp(`[${WORD_CLASS}]+(?:['’-][${WORD_CLASS}]+)*`, 'y');
const CURLY_APOSTROPHE = /’/gu;
/** Not a word, not in AFINN, not a negator, not stripped by the package's tokenizer. */
const SEPARATOR = '|';
/** Characters inside WORD_CLASS that the package's tokenizer takes for white space (it trims and collapses them). */
const SPLITS_WORD = /[\u1680\uFEFF]/u;
const SPLITS_WORD_ALL = /[\u1680\uFEFF]/gu;

/** A text span scored by the `sentiment` package, with the package's token count for averaging. */
export interface SpanSentiment extends DetailedSentiment {
  tokens: number;
}

/** A span to score: its tokens, tagged by wink-nlp (engine/nlp.ts), and whether it is a headline or heading. */
export interface ToneSpan extends Span {
  tokens: readonly Token[];
  heading?: boolean;
}

/**
 * Sentiment of each span with the words that moved it, offsets into `text`, in a single pass of the package: a
 * separator token between spans keeps a negator at the end of one span from flipping the first word of the next.
 * The package sees the words only, so what its tokenizer misses cannot hide a word: curly quotes and dashes glued
 * to words are dropped, curly apostrophes straightened, and hyphenated words split unless AFINN lists the
 * compound. Only the words used evaluatively in the span's tokens score (see `neutralWords`), and none inside
 * the `quoted` spans (direct quotes, in text order): those are a speaker's words, not the outlet's.
 */
export function scoreSpans(text: string, spans: readonly ToneSpan[], quoted: readonly Span[] = []): SpanSentiment[] {
  const words: string[] = [];
  const counts = new Array<number>(spans.length).fill(0);
  spans.forEach((span, index) => {
    const before = words.length;
    const slice = text.slice(span.start, span.end);
    const tokens = span.tokens;
    let t = 0;
    // the words a global search finds, each read where it starts, without a match object each: an ASCII character
    // other than a letter or a digit starts none
    for (let k = 0; k < slice.length; ) {
      const c = slice.charCodeAt(k);
      WORDISH.lastIndex = k;
      if ((c < 128 && !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) || !WORDISH.test(slice)) {
        k++;
        continue;
      }
      const from = k;
      k = WORDISH.lastIndex;
      // a word that is a token as written is the token's string (shared by every token written so), not a new copy
      while (t < tokens.length && tokens[t]!.start < span.start + from) t++;
      const token = tokens[t];
      let word = token && token.start === span.start + from && token.end === span.start + k ? token.raw : slice.slice(from, k);
      if (word.includes('’')) word = word.replace(CURLY_APOSTROPHE, "'");
      if (word.includes('-') && !AFINN.has(word.toLowerCase())) {
        let offset = 0;
        for (const part of word.split('-')) {
          addWord(words, part, span.start + from + offset, index);
          offset += part.length + 1;
        }
      } else {
        addWord(words, word, span.start + from, index);
      }
    }
    counts[index] = words.length - before;
  });
  const at = wordStarts;
  const owner = wordSpans;
  const results: SpanSentiment[] = spans.map((_, i) => ({ score: 0, comparative: 0, words: [], tokens: counts[i]! }));
  if (!words.length) return results;
  // characters the package's tokenizer takes for spaces (rare): with none, each word is read whole
  const splits = SPLITS_WORD.test(text);
  /** Whether AFINN lists the word, lower-cased: neutralWords finds out for every word, scoreListed reads it. */
  const inAfinn = new Uint8Array(words.length);
  const neutral = neutralWords(words, at, owner, spans, splits, inAfinn);
  // words inside a direct quote are the speaker's: the outlet's tone is its own words
  if (quoted.length) {
    let q = 0;
    for (let i = 0; i < words.length; i++) {
      while (q < quoted.length && quoted[q]!.end <= at[i]!) q++;
      if (q < quoted.length && quoted[q]!.start <= at[i]!) neutral.add(i);
    }
  }
  const scores = splits ? scoreAll(words, owner, neutral) : scoreListed(words, owner, neutral, inAfinn);
  for (const { index, score } of scores) {
    const s = at[index]!;
    const e = s + words[index]!.length;
    const r = results[owner[index]!]!;
    r.words.push({ start: s, end: e, word: text.slice(s, e), score });
    r.score += score;
  }
  for (const r of results) {
    r.words.reverse();
    r.comparative = r.tokens ? r.score / r.tokens : 0;
  }
  return results;
}

/**
 * Where each word of the text being scored starts and the span it is in, by the word's index in its list: kept for
 * every text and grown as needed, where two arrays pushed to were copied over and over as they grew.
 */
let wordStarts = new Int32Array(4096);
let wordSpans = new Int32Array(4096);

/** Adds a word to `words`, starting at `start` in span number `span`. */
function addWord(words: string[], word: string, start: number, span: number): void {
  const i = words.push(word) - 1;
  if (i === wordStarts.length) {
    const starts = new Int32Array(2 * i);
    starts.set(wordStarts);
    wordStarts = starts;
    const spans = new Int32Array(2 * i);
    spans.set(wordSpans);
    wordSpans = spans;
  }
  wordStarts[i] = start;
  wordSpans[i] = span;
}

/** A word's index and the package's score for it. */
interface WordScore {
  index: number;
  score: number;
}

/** The package's scores of `tokens` joined by spaces, by index, last to first; `wordOf` maps a token to its word, -1 for none. */
function packageScores(tokens: readonly string[], wordOf: (token: number) => number): WordScore[] {
  const out: WordScore[] = [];
  const result = analyzer.analyze(tokens.join(' '));
  // `calculation` lists the scored tokens last to first.
  let k = 0;
  for (let j = tokens.length - 1; j >= 0 && k < result.calculation.length; j--) {
    const lower = tokens[j]!.toLowerCase();
    if (!AFINN.has(lower)) continue;
    const score = result.calculation[k++]![lower];
    const index = wordOf(j);
    if (score !== undefined && index >= 0) out.push({ index, score });
  }
  return out;
}

/** Every word through the package, a separator token between spans; a neutral word goes as a separator, scoring nothing. */
function scoreAll(words: readonly string[], owner: ArrayLike<number>, neutral: ReadonlySet<number>): WordScore[] {
  const phrase: string[] = [];
  const wordAt: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && owner[i] !== owner[i - 1]) {
      phrase.push(SEPARATOR);
      wordAt.push(-1);
    }
    phrase.push(neutral.has(i) ? SEPARATOR : words[i]!);
    wordAt.push(i);
  }
  return packageScores(phrase, (j) => wordAt[j]!);
}

/**
 * Only the words AFINN lists go through the package, each after the token the whole text would put before it
 * (the word before, or a separator at a span's start) and followed by a separator: the package scores a word
 * from its label and that token (a negator flips it), so the scores are those of the whole text, read in a
 * fraction of the tokens. This holds while the package's tokenizer keeps each word whole (see SPLITS_WORD).
 */
function scoreListed(words: readonly string[], owner: ArrayLike<number>, neutral: ReadonlySet<number>, inAfinn: Uint8Array): WordScore[] {
  const listed: number[] = [];
  for (let i = 0; i < words.length; i++) if (!neutral.has(i) && inAfinn[i]) listed.push(i);
  if (!listed.length) return [];
  // three tokens a word: the one before, the word, a separator
  const tokens: string[] = [];
  for (const i of listed) tokens.push(i > 0 && owner[i - 1] === owner[i] ? words[i - 1]! : SEPARATOR, words[i]!, SEPARATOR);
  return packageScores(tokens, (j) => (j % 3 === 1 ? listed[(j - 1) / 3]! : -1));
}

/**
 * Indices of the AFINN words that carry no evaluation in the outlet's words: the word's token, with its part of
 * speech, lemma and negation from wink-nlp, goes through the test the loaded-word marks apply
 * (engine/markers-evaluative.ts `toneNeutral`). So plain news vocabulary ("died", "attack", "charges"), words of
 * neutral terms ("peace talks") and names ("Korean War"), function words, and mild verbs and nouns that name an
 * event ("suspended", "delay", "concerns about") score nothing. A word no token starts at is judged untagged.
 */
function neutralWords(words: readonly string[], at: ArrayLike<number>, owner: ArrayLike<number>, spans: readonly ToneSpan[], splits: boolean, inAfinn: Uint8Array): Set<number> {
  const out = new Set<number>();
  let span = -1;
  let k = 0;
  let neutral: ReadonlySet<number> | undefined;
  for (let i = 0; i < words.length; i++) {
    if (owner[i] !== span) {
      span = owner[i]!;
      k = 0;
      neutral = undefined;
    }
    const { tokens, heading } = spans[span]!;
    while (k < tokens.length && tokens[k]!.start < at[i]!) k++;
    // a word that is a token as written has its lower-case form in the token's norm: a string looked up before, whose
    // hash is kept, where a new lower-cased copy of each word cost more than the look-up
    const token = k < tokens.length && tokens[k]!.start === at[i] && tokens[k]!.end === at[i]! + words[i]!.length ? tokens[k] : undefined;
    // characters the package's tokenizer takes for spaces are dropped, so that both scoring paths leave the same words out
    const lower = splits ? words[i]!.toLowerCase().replace(SPLITS_WORD_ALL, '') : (token?.norm ?? words[i]!.toLowerCase());
    const score = AFINN.get(lower);
    if (score === undefined) continue;
    inAfinn[i] = 1;
    const compound = lower.includes('-') ? lower : undefined;
    if (k < tokens.length && tokens[k]!.start === at[i]) {
      neutral ??= neutralTermTokens(tokens);
      if (toneNeutral(tokens, k, score, neutral, heading, compound) !== undefined) out.add(i);
    } else {
      const untagged: Token = { start: at[i]!, end: at[i]! + lower.length, raw: words[i]!, norm: lower, stem: lower, content: true };
      if (toneNeutral([untagged], 0, score, NONE, heading, compound) !== undefined) out.add(i);
    }
  }
  return out;
}
const NONE: ReadonlySet<number> = new Set();

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

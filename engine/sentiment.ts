/** Sentiment: AFINN scores (the sentiment package) of sentences and paragraphs, with the words that carry them. */
import Sentiment from 'sentiment';
import afinn from 'sentiment/languages/en/labels.json';
import { NEWS_NEUTRAL } from './lexicon/framing';
import { DOMAIN_WORDS, NEUTRAL_TERMS, REPORTED_STATES } from './lexicon/neutral-terms';
import { STOP_WORDS } from './lexicon/stop-words';
import { WORD_CLASS, type Span } from './text';
import type { DetailedSentiment, SentimentScore } from './types';

const analyzer = new Sentiment();

/** AFINN-165 word scores as the `sentiment` package uses them (a read-only copy of its word list). */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));

const WORDISH = new RegExp(`[${WORD_CLASS}]+(?:['’-][${WORD_CLASS}]+)*`, 'g');
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
  const topical = topicWords(words, owner);
  const scores = SPLITS_WORD.test(text) ? scoreAll(words, owner, topical) : scoreListed(words, owner, topical);
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

/** Every word through the package, a separator token between spans; a topical word goes as a separator, scoring nothing. */
function scoreAll(words: readonly string[], owner: readonly number[], topical: ReadonlySet<number>): WordScore[] {
  const phrase: string[] = [];
  const wordAt: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && owner[i] !== owner[i - 1]) {
      phrase.push(SEPARATOR);
      wordAt.push(-1);
    }
    phrase.push(topical.has(i) ? SEPARATOR : words[i]!);
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
function scoreListed(words: readonly string[], owner: readonly number[], topical: ReadonlySet<number>): WordScore[] {
  const listed: number[] = [];
  for (let i = 0; i < words.length; i++) if (!topical.has(i) && AFINN.has(words[i]!.toLowerCase())) listed.push(i);
  if (!listed.length) return [];
  // three tokens a word: the one before, the word, a separator
  const tokens: string[] = [];
  for (const i of listed) tokens.push(i > 0 && owner[i - 1] === owner[i] ? words[i - 1]! : SEPARATOR, words[i]!, SEPARATOR);
  return packageScores(tokens, (j) => (j % 3 === 1 ? listed[(j - 1) / 3]! : -1));
}

/**
 * Indices of the AFINN words that name the topic rather than give the outlet's tone: function words ("no"), plain news vocabulary ("died",
 * "killed", "attack", "charges", "worried"), words inside a neutral term ("peace talks", "tested negative") and words
 * of a proper name ("Korean War", "Good Friday"). The same lists decide that such words are no loaded marks
 * (engine/markers-evaluative.ts); here only the words are known, so a form is matched with its inflection stripped.
 */
function topicWords(words: readonly string[], owner: readonly number[]): Set<number> {
  const out = new Set<number>();
  // characters the package's tokenizer takes for spaces are dropped, so that both scoring paths leave the same words out
  const lower = words.map((w) => w.toLowerCase().replace(SPLITS_WORD_ALL, ''));
  const titleCase = titleCaseSpans(words, owner);
  for (let i = 0; i < words.length; i++) {
    const w = lower[i]!;
    if (!AFINN.has(w)) continue;
    if (isPlainForm(w) || (!titleCase.has(owner[i]!) && inName(words, owner, i))) out.add(i);
  }
  // neutral multiword terms, matched by inflection bases, wherever one of their words is scored
  for (let i = 0; i < words.length; i++) {
    const terms = TERMS_BY_FIRST.get(lower[i]!) ?? firstOf(bases(lower[i]!));
    if (!terms) continue;
    for (const term of terms) {
      if (i + term.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < term.length && ok; k++) ok = owner[i + k] === owner[i] && matches(lower[i + k]!, term[k]!);
      if (ok) for (let k = 0; k < term.length; k++) if (AFINN.has(lower[i + k]!)) out.add(i + k);
    }
  }
  return out;
}

/** Plain news vocabulary by form: listed forms, reported states, and inflections of domain lemmas ("killed", "attacks"). */
function isPlainForm(w: string): boolean {
  let v = PLAIN.get(w);
  if (v === undefined) {
    if (PLAIN.size > 50_000) PLAIN.clear();
    // a function word ("no exemptions") sets no tone
    v = STOP_WORDS.has(w) || NEWS_NEUTRAL.has(w) || REPORTED_STATES.has(w) || DOMAIN_WORDS.has(w) || bases(w).some((b) => DOMAIN_WORDS.has(b) || NEWS_NEUTRAL.has(b));
    PLAIN.set(w, v);
  }
  return v;
}
/** Forms already judged by `isPlainForm`; cleared when it grows past a long article's vocabulary many times over. */
const PLAIN = new Map<string, boolean>();

/** Spellings a word may have had before an inflection: "killed" → "kill", "dies" → "die", "cried" → "cry", "stopped" → "stop". */
function bases(w: string): string[] {
  const out: string[] = [];
  const m = /(?:ing|ed|es|s|d)$/u.exec(w);
  if (!m || w.length - m[0].length < 3) return out;
  const stem = w.slice(0, m.index);
  out.push(stem, `${stem}e`);
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 3 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

function matches(word: string, lemma: string): boolean {
  return word === lemma || bases(word).includes(lemma);
}

/** Neutral terms by their first word, each as its words (lemmas). */
const TERMS_BY_FIRST = new Map<string, string[][]>();
for (const term of NEUTRAL_TERMS) {
  const parts = term.split(/[\s-]+/u);
  TERMS_BY_FIRST.set(parts[0]!, [...(TERMS_BY_FIRST.get(parts[0]!) ?? []), parts]);
}
function firstOf(candidates: readonly string[]): string[][] | undefined {
  for (const c of candidates) {
    const t = TERMS_BY_FIRST.get(c);
    if (t) return t;
  }
  return undefined;
}

/** Whether word i is part of a proper name: capitalised, not its span's first word, beside another capitalised word. */
function inName(words: readonly string[], owner: readonly number[], i: number): boolean {
  if (!UPPER_START.test(words[i]!) || owner[i - 1] !== owner[i]) return false;
  const prev = words[i - 1];
  const next = owner[i + 1] === owner[i] ? words[i + 1] : undefined;
  return (prev !== undefined && UPPER_START.test(prev)) || (next !== undefined && UPPER_START.test(next));
}
const UPPER_START = /^\p{Lu}\p{Ll}/u;

/** Spans written in title case (headlines, headings), where capitals say nothing about names. */
function titleCaseSpans(words: readonly string[], owner: readonly number[]): Set<number> {
  const capital = new Map<number, number>();
  const all = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const o = owner[i]!;
    all.set(o, (all.get(o) ?? 0) + 1);
    if (UPPER_START.test(words[i]!)) capital.set(o, (capital.get(o) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [o, n] of all) if (n >= 3 && (capital.get(o) ?? 0) / n > 0.5) out.add(o);
  return out;
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

/** Sentences: sbd's split of each paragraph with its fixes, and which paragraphs are headings or open with a dateline. */
import { sentences as sbd } from 'sbd';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon/sentences';
import { countWords, isSpace, type Span } from './text';

/** A sentence's span with its paragraph and whether that paragraph is a heading. */
export interface SentenceSpan extends Span {
  paragraph: number;
  heading: boolean;
}

const SBD_OPTIONS = { preserve_whitespace: true, newline_boundaries: false, abbreviations: [...ABBREVIATIONS] };
const BULLET = /^(?:[-*•·–▪◦]|\d{1,3}[.)])\s+/u;
/** "WASHINGTON (CP) –", "BEIJING, June 5 (Reuters) -", "LONDON —", "(CNN) —". */
const DATELINE =
  /^(?:[A-Z][A-Z.'’/-]*(?: [A-Z][A-Z.'’/-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?: \d{1,2})?)?(?: \([A-Za-z. &]{1,30}\))?|\([A-Z][A-Za-z. &]{1,30}\)) ?[–—-]{1,2}(?=\s)/u;
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;
const ENDS_WITH_ACRONYM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
/** Characters of a sentence's end searched for a dotted acronym ("U.S.", "U.K."). */
const ACRONYM_LOOK = 40;
/** Longest text handed to sbd at once (a long paragraph goes in pieces). */
const MAX_SBD_CHARS = 4_000;
const FIRST_WORD = /^\p{Lu}[\p{L}'’]*/u;

/** Sentence spans of every paragraph, after the dateline and bullets, in text order. */
export function sentenceSpans(text: string, paras: readonly Span[], head: Span | undefined, dateline: Span | undefined): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  paras.forEach((para, p) => {
    const heading = para === head || isHeading(text, para, paras[p + 1]) || isQuestionHeading(text, para, paras[p - 1], paras[p + 1]);
    // written out rather than spread: a spread of spans made in several places gave objects of many shapes, each read slowly
    for (const span of paragraphSentences(text, para, dateline)) spans.push({ start: span.start, end: span.end, paragraph: p, heading });
  });
  return spans;
}

/**
 * The dateline at the start of the first body paragraph ("WASHINGTON (CP) –"), or of the second where the first is
 * a one-sentence standfirst under the headline, if there is one.
 */
export function findDateline(text: string, paras: readonly Span[], head?: Span): Span | undefined {
  const bodies = paras.filter((p) => p !== head).slice(0, 2);
  for (const [k, body] of bodies.entries()) {
    const m = DATELINE.exec(text.slice(body.start, Math.min(body.end, body.start + 80)));
    if (m && m[0].length >= 4) return { start: body.start, end: body.start + m[0].length };
    // past the first paragraph only when that one is a single sentence set above the story
    if (k === 0 && !standfirst(text, body)) return undefined;
  }
  return undefined;
}

/** Whether a paragraph is one sentence of at most STANDFIRST_MAX characters: a standfirst or a caption. */
function standfirst(text: string, para: Span): boolean {
  return para.end - para.start <= STANDFIRST_MAX && sbdSpans(text, para.start, para.end).length === 1;
}
const STANDFIRST_MAX = 300;

function paragraphSentences(text: string, para: Span, dateline: Span | undefined): Span[] {
  let start = para.start;
  if (dateline && dateline.start === para.start) start = dateline.end;
  const bullet = BULLET.exec(text.slice(start, para.end));
  if (bullet) start += bullet[0].length;
  while (start < para.end && isSpace(text.charCodeAt(start))) start++;
  if (start >= para.end) return [];

  const spans: Span[] = [];
  let midSentence = false;
  for (let at = start; at < para.end; ) {
    const stop = chunkEnd(text, at, para.end);
    const pieces = sbdSpans(text, at, stop);
    // Unless the paragraph ends here, the last sentence may go on: sbd reads it again from its start.
    const last = stop < para.end ? pieces.pop() : undefined;
    const whole = last !== undefined && pieces.length === 0;
    if (whole) pieces.push(last);
    for (const piece of pieces) {
      const prev = spans[spans.length - 1];
      const trimmed = text.slice(piece.start, piece.end);
      if (prev && (midSentence || continuesAfterAcronym(text, prev, trimmed))) prev.end = piece.end;
      else spans.push(piece);
      midSentence = false;
    }
    // A sentence longer than a chunk: the next chunk's first sentence continues it.
    midSentence = whole;
    at = last && !whole ? last.start : stop;
  }
  const restStart = spans.length ? spans[spans.length - 1]!.end : start;
  const rest = text.slice(restStart, para.end);
  if (rest.trim()) {
    const lead = rest.length - rest.trimStart().length;
    spans.push({ start: restStart + lead, end: restStart + rest.trimEnd().length });
  }
  return spans;
}

/**
 * Where the text handed to sbd at `start` stops: the paragraph's end, or a space at most MAX_SBD_CHARS on and at least
 * half that (else exactly that far). sbd joins each sentence back with `tokens.splice(0, n)`, quadratic in the
 * sentences of one call, so a long paragraph goes to it a chunk at a time.
 */
function chunkEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_SBD_CHARS) return end;
  const limit = start + MAX_SBD_CHARS;
  for (let i = limit; i > start + MAX_SBD_CHARS / 2; i--) if (isSpace(text.charCodeAt(i))) return i;
  return limit;
}

const STOP = /[.!?]/u;
const WHITE = /\s/u;

/**
 * Whether sbd reads `slice` as one sentence, itself: it ends a sentence only after a word with ".", "!" or "?" in it,
 * so a text with none of them before its last word (as sbd splits words, at white space) is one sentence, and the
 * pieces sbd joins back are the whole text. Most paragraphs of one sentence need none of the arrays sbd makes.
 */
function oneSentence(slice: string): boolean {
  let end = slice.length;
  while (end > 0 && WHITE.test(slice[end - 1]!)) end--;
  let lastWord = end;
  while (lastWord > 0 && !WHITE.test(slice[lastWord - 1]!)) lastWord--;
  const stop = slice.search(STOP);
  return stop < 0 || stop >= lastWord;
}
/**
 * A full stop inside a word, before a letter, unless one letter opens the word before it ("U.S.", "e.g."): sbd reads
 * such a word ("D-W.Va.,", "ended.He") as two sentences run together, then joins its sentences back one word off ("…
 * went too far. He" / "left."). Handed to sbd as a one-dot leader of the same length, the word stays whole.
 */
const STOP_INSIDE_WORD = /(?<!(?:^|[\s"“'‘([])\p{L})\.(?=\p{L})/gu;

/** sbd's sentences of `text.slice(start, end)`, trimmed, as spans of `text`. */
function sbdSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end).replace(STOP_INSIDE_WORD, '\u2024');
  const out: Span[] = [];
  let cursor = 0;
  for (const piece of oneSentence(slice) ? [slice] : sbd(slice, SBD_OPTIONS)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = slice.indexOf(trimmed, cursor);
    if (at < 0) break;
    out.push({ start: start + at, end: start + at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return out;
}

/** sbd ends a sentence at "the U.S. Treasury"; a capitalised word that rarely starts a sentence continues it. */
function continuesAfterAcronym(text: string, previous: Span, next: string): boolean {
  // Only the end of the previous sentence matters: a bounded look keeps runs of "U.S. U.S. …" linear.
  if (!ENDS_WITH_ACRONYM.test(text.slice(Math.max(previous.start, previous.end - ACRONYM_LOOK), previous.end))) return false;
  const first = FIRST_WORD.exec(next);
  return first !== null && !SENTENCE_STARTERS.has(first[0].toLowerCase());
}

/** A line that asks a question in the outlet's own voice, no quotation marks, one sentence. */
const OWN_QUESTION = /^[^"“”«»]*\?$/u;
const SENTENCE_INSIDE = /[.!?…]["'”’)\]]*\s/u;

/**
 * A section heading phrased as a question ("Why is the board involved?"): a short standalone line that asks one
 * question in the outlet's own voice and is followed by text; a run of such lines is a list of questions, not headings.
 */
function isQuestionHeading(text: string, para: Span, before: Span | undefined, next: Span | undefined): boolean {
  if (!next) return false;
  const line = text.slice(para.start, para.end).trim();
  if (line.length > 100 || !OWN_QUESTION.test(line) || SENTENCE_INSIDE.test(line) || countWords(line) > 14) return false;
  const asks = (s: Span | undefined) => s !== undefined && /\?["'”’]?$/u.test(text.slice(s.start, s.end).trim());
  return !asks(before) && !asks(next);
}

/** Short standalone lines that do not end like a sentence: section headings, captions. */
function isHeading(text: string, para: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const line = text.slice(para.start, para.end);
  if (line.length > 100 || BULLET.test(line) || SENTENCE_END.test(line)) return false;
  return countWords(line) <= 14;
}

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
const FIRST_WORD = /^\p{Lu}[\p{L}'’]*/u;

/** Sentence spans of every paragraph, after the dateline and bullets, in text order. */
export function sentenceSpans(text: string, paras: readonly Span[], head: Span | undefined, dateline: Span | undefined): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  paras.forEach((para, p) => {
    const heading = para === head || isHeading(text, para, paras[p + 1]);
    for (const span of paragraphSentences(text, para, dateline)) spans.push({ ...span, paragraph: p, heading });
  });
  return spans;
}

/** The dateline at the start of the first body paragraph ("WASHINGTON (CP) –"), if there is one. */
export function findDateline(text: string, paras: readonly Span[], head?: Span): Span | undefined {
  const body = paras.find((p) => p !== head);
  if (!body) return undefined;
  const m = DATELINE.exec(text.slice(body.start, Math.min(body.end, body.start + 80)));
  if (!m || m[0].length < 4) return undefined;
  return { start: body.start, end: body.start + m[0].length };
}

function paragraphSentences(text: string, para: Span, dateline: Span | undefined): Span[] {
  let start = para.start;
  if (dateline && dateline.start === para.start) start = dateline.end;
  const bullet = BULLET.exec(text.slice(start, para.end));
  if (bullet) start += bullet[0].length;
  while (start < para.end && isSpace(text.charCodeAt(start))) start++;
  if (start >= para.end) return [];

  const spans: Span[] = [];
  const slice = text.slice(start, para.end);
  let cursor = 0;
  for (const piece of sbd(slice, SBD_OPTIONS)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = slice.indexOf(trimmed, cursor);
    if (at < 0) break;
    const prev = spans[spans.length - 1];
    if (prev && continuesAfterAcronym(text.slice(prev.start, prev.end), trimmed)) prev.end = start + at + trimmed.length;
    else spans.push({ start: start + at, end: start + at + trimmed.length });
    cursor = at + trimmed.length;
  }
  const restStart = spans.length ? spans[spans.length - 1]!.end : start;
  const rest = text.slice(restStart, para.end);
  if (rest.trim()) {
    const lead = rest.length - rest.trimStart().length;
    spans.push({ start: restStart + lead, end: restStart + rest.trimEnd().length });
  }
  return spans;
}

/** sbd ends a sentence at "the U.S. Treasury"; a capitalised word that rarely starts a sentence continues it. */
function continuesAfterAcronym(previous: string, next: string): boolean {
  if (!ENDS_WITH_ACRONYM.test(previous)) return false;
  const first = FIRST_WORD.exec(next);
  return first !== null && !SENTENCE_STARTERS.has(first[0].toLowerCase());
}

/** Short standalone lines that do not end like a sentence: section headings, captions. */
function isHeading(text: string, para: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const line = text.slice(para.start, para.end);
  if (line.length > 100 || BULLET.test(line) || SENTENCE_END.test(line)) return false;
  return countWords(line) <= 14;
}

/** Text helpers under every stage: spans, the word class, word counts, paragraphs, the headline and character tests. */

/** A span of the original text, as UTF-16 offsets: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Letters and digits as the body of a regex character class, for patterns without the `u` flag, which V8
 * runs several times faster than `\p{L}` classes: Latin, Greek, Cyrillic and the other alphabetic blocks
 * up to U+1FFF, and CJK. Letters outside the Basic Multilingual Plane fall outside.
 */
export const WORD_CLASS =
  'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';

// eslint-disable-next-line regexp/use-ignore-case -- WORD_CLASS is shared with case-sensitive patterns; the i flag would only slow this one
const WORD = new RegExp(`[${WORD_CLASS}]+(?:['’.-][${WORD_CLASS}]+)*`, 'g');
const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s+/u;
/** Longest paragraph made by joining hard-wrapped lines; news paragraphs run to a few hundred characters. */
const MAX_JOINED_CHARS = 20_000;
const DATELINE = /^[A-Z][A-Z .'/-]{2,40}(?:,[\sA-Za-z0-9.]*)?(?:\([A-Za-z. ]+\)\s*)?[–—-]\s/u;

/** Number of words in `text` (letters or digits, joined by apostrophes, hyphens or inner dots). */
export function countWords(text: string): number {
  // test() steps through the matches as matchAll() would, without building a match for each word
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

/**
 * Paragraph spans of a plain text. Blank lines always separate paragraphs; single line breaks do too,
 * unless the text is hard-wrapped (blank-line blocks made of several short lines), where they are
 * joined back into one paragraph.
 */
export function paragraphs(text: string): Span[] {
  const lines: Span[] = [];
  // One pass over the line breaks (\r\n, \r or \n): a scan, not a regex that retries at every offset.
  for (let at = 0; at < text.length; ) {
    let stop = at;
    while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
    const raw = text.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = at + lead;
    lines.push({ start, end: trimmed ? start + trimmed.length : start });
    at = text[stop] === '\r' && text[stop + 1] === '\n' ? stop + 2 : stop + 1;
  }
  const blocks: Span[][] = [];
  let current: Span[] = [];
  for (const line of lines) {
    if (line.end === line.start) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const multiLine = blocks.filter((b) => b.length > 1);
  const hardWrapped =
    multiLine.length > 0 &&
    multiLine.length >= blocks.length / 2 &&
    multiLine.every((b) => b.slice(0, -1).every((l) => l.end - l.start <= 100 && !BULLET.test(text.slice(l.start, l.end))));

  const out: Span[] = [];
  for (const block of blocks) {
    if (!hardWrapped) {
      out.push(...block);
      continue;
    }
    // Joined lines end a paragraph at MAX_JOINED_CHARS, so that joining never makes a paragraph longer than a line may be.
    let start = block[0]!.start;
    let end = block[0]!.end;
    for (const line of block.slice(1)) {
      if (line.end - start > MAX_JOINED_CHARS) {
        out.push({ start, end });
        start = line.start;
      }
      end = line.end;
    }
    out.push({ start, end });
  }
  return out;
}

const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
const CAPITAL = /^\p{Lu}/u;

/** Most longer words capitalised: a headline in title case, even when it ends with a full stop. */
function isTitleCase(line: string): boolean {
  const words = line.match(LONG_WORD) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => CAPITAL.test(w)).length / words.length >= 0.75;
}

/**
 * The article's headline when its first paragraph looks like one: short, not a bullet or a dateline,
 * and not ending like a sentence unless written in title case. Otherwise undefined.
 */
export function headline(text: string, paras: Span[] = paragraphs(text)): Span | undefined {
  const first = paras[0];
  if (!first) return undefined;
  const line = text.slice(first.start, first.end);
  if (line.length > 160 || paras.length < 2) return undefined;
  if (BULLET.test(line) || DATELINE.test(line)) return undefined;
  if (/[.:;,]$/u.test(line) && !/\.\.\.$/u.test(line) && !isTitleCase(line)) return undefined;
  return first;
}

// eslint-disable-next-line regexp/use-ignore-case -- as for WORD above
const WORD_START = new RegExp(`^[${WORD_CLASS}]`);

/** Whether a token or string starts with a letter or digit (a word, not punctuation). */
export function isWordLike(s: string): boolean {
  // ASCII by character code (the tokens of most texts), the pattern past it: asked of nearly every token by several stages
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_START.test(s);
}

/** Whether the first character is an upper-case letter. */
export function startsUpper(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Whether the first character is an upper-case letter as Unicode classes it (\p{Lu}), by character code for ASCII:
 * asked of every token by several stages. Unlike startsUpper, a capital without a lower case (𝐀) counts.
 */
export function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(s);
}

/** Whether the first or the second character is a lower-case ASCII letter: most words, which no test for capitals need read further. */
export function lowerInFirstTwo(s: string): boolean {
  const first = s.charCodeAt(0);
  const second = s.charCodeAt(1);
  return (first >= 97 && first <= 122) || (second >= 97 && second <= 122);
}

/** Whether the first character is a lower-case letter. */
export function startsLower(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = s.charAt(0);
  return c !== c.toUpperCase();
}

const ASCII_LOWER = /[a-z]/;
const NON_ASCII = /[^\t\n\r\x20-\x7E]/;

/** Whether any character is a lower-case letter. */
export function hasLower(s: string): boolean {
  return ASCII_LOWER.test(s) || (NON_ASCII.test(s) && s !== s.toUpperCase());
}

/** Whether a UTF-16 code is a space, tab, line break, no-break space or one of the typographic spaces. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || (code >= 0x2000 && code <= 0x200b);
}

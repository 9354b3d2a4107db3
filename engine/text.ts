/** A span of the original text, as UTF-16 offsets: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s+/u;
const DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z0-9. ]+)?\s*(?:\([A-Za-z. ]+\))?\s*[–—-]\s/u;

/** Number of words in `text` (letters or digits, joined by apostrophes, hyphens or inner dots). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Paragraph spans of a plain text. Blank lines always separate paragraphs; single line breaks do too,
 * unless the text is hard-wrapped (blank-line blocks made of several short lines), where they are
 * joined back into one paragraph.
 */
export function paragraphs(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') break;
    const raw = m[0].replace(/[\r\n]+$/u, '');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = m.index + lead;
    lines.push({ start, end: trimmed ? start + trimmed.length : start });
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
    if (hardWrapped) out.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    else out.push(...block);
  }
  return out;
}

const LONG_WORD = /[\p{L}][\p{L}'’-]{3,}/gu;
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

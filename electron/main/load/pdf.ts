/**
 * The article text of a PDF: its text layer read with pdf.js (through unpdf's serverless build), and
 * paragraphs rebuilt from the layout — lines from positioned text runs, columns split at a gutter no line
 * crosses, running headers, footers and page numbers removed, words hyphenated at line ends rejoined.
 * pdf.js has no paragraph model of its own, so that part is written here.
 */
import { MAX_PDF_PAGES } from '../../limits';
import { count, LoadFailure } from './errors';
import type { Extracted } from './html';

/** A run of text on one baseline, in PDF units (y grows upwards). */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Groups a page's text runs into lines; a wide horizontal gap starts a new line (a column gutter). */
function linesOf(runs: TextRun[]): Line[] {
  const items = runs
    .filter((r) => r.str !== '')
    .map((r) => ({ str: r.str, x: r.transform[4]!, y: r.transform[5]!, w: r.width, size: Math.hypot(r.transform[2]!, r.transform[3]!) || r.height || 1 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const sameLine = current && Math.abs(current.y - item.y) < Math.max(current.size, item.size) * 0.4;
    const gap = current ? item.x - current.x1 : 0;
    if (current && sameLine && gap < Math.max(current.size, item.size) * 1.5) {
      const space = gap > item.size * 0.15 && !/\s$/u.test(current.text) && !/^\s/u.test(item.str) ? ' ' : '';
      // Chromium maps the second half of an "fi"/"fl" ligature to a space ("confi", " rmed"): drop it when nothing lies between.
      const ligature = gap < item.size * 0.05 && /f[fil]$/u.test(current.text) && /^ \p{Ll}/u.test(item.str);
      current.text += space + (ligature ? item.str.slice(1) : item.str);
      current.x1 = Math.max(current.x1, item.x + item.w);
      current.size = Math.max(current.size, item.size);
    } else {
      current = { text: item.str, x0: item.x, x1: item.x + item.w, y: item.y, size: item.size };
      lines.push(current);
    }
  }
  for (const line of lines) line.text = line.text.replace(/\s+/gu, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

/** The x of the vertical band, between 25% and 75% of the lines' width, crossed by the fewest lines (at most 10%), with lines on both sides. */
function gutter(lines: Line[]): number | null {
  if (lines.length < 4) return null;
  const left = Math.min(...lines.map((l) => l.x0));
  const width = Math.max(...lines.map((l) => l.x1)) - left;
  let best: { x: number; crossing: number } | null = null;
  for (let i = 25; i <= 75; i++) {
    const x = left + (width * i) / 100;
    const crossing = lines.filter((l) => l.x0 < x && l.x1 > x).length;
    const leftOf = lines.filter((l) => l.x1 <= x).length;
    const rightOf = lines.filter((l) => l.x0 >= x).length;
    if (crossing > lines.length * 0.1 || leftOf < 2 || rightOf < 2) continue;
    if (!best || crossing < best.crossing || (crossing === best.crossing && Math.abs(i - 50) < Math.abs(best.x - 50))) best = { x: i, crossing };
  }
  return best ? left + (width * best.x) / 100 : null;
}

/** Lines in reading order: the lines above the columns, then each column (split again if it has columns of its own), then lines crossing the gutter below them. */
function readingOrder(lines: Line[]): Line[][] {
  const x = gutter(lines);
  if (x === null) return [lines];
  const left = lines.filter((l) => l.x1 <= x);
  const right = lines.filter((l) => l.x0 >= x);
  // The columns start where both have text; a heading's last short line above that belongs to the heading.
  const top = Math.min(Math.max(...left.map((l) => l.y)), Math.max(...right.map((l) => l.y)));
  const above = lines.filter((l) => l.y > top);
  const below = lines.filter((l) => l.y <= top && l.x0 < x && l.x1 > x);
  return [[above], readingOrder(left.filter((l) => l.y <= top)), readingOrder(right.filter((l) => l.y <= top)), [below]].flat().filter((c) => c.length > 0);
}

/** "#" for every digit, so "Page 2 of 9" and "Page 3 of 9" count as one running line. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/gu, '#');
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;

/** Drops page numbers and lines repeated at the top or bottom of most pages (running headers and footers). */
function withoutFurniture(pages: Line[][]): Line[][] {
  // The lines on the two highest and the two lowest baselines of a page.
  const edgeLines = (page: Line[]) => {
    const ys = [...new Set(page.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
    const top = ys[Math.min(1, ys.length - 1)] ?? 0;
    const bottom = ys[Math.max(0, ys.length - 2)] ?? 0;
    return page.filter((l) => Math.round(l.y) >= top || Math.round(l.y) <= bottom);
  };
  const seen = new Map<string, number>();
  for (const page of pages) for (const s of new Set(edgeLines(page).map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const running = (l: Line) => pages.length >= 2 && (seen.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) => {
    const edges = new Set(edgeLines(page));
    return page.filter((l) => !(edges.has(l) && (running(l) || PAGE_NUMBER.test(l.text))));
  });
}

const ENDS_SENTENCE = /[.!?:…]["'”’)\]]?$/u;

/** Joins a line to the paragraph before it: a word hyphenated at the line end is rejoined, "90-" + "day" kept as "90-day". */
function join(paragraph: string, line: string): string {
  if (/\p{L}[-\u00ad\u2010]$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  if (/[\d\p{L}][-\u2010]$/u.test(paragraph) && /^[\p{L}\d]/u.test(line)) return paragraph + line;
  return `${paragraph} ${line}`;
}

/** Paragraphs from the lines of a whole document, column by column: a gap wider than the line spacing, a size change or a short last line ends one. */
function paragraphsOf(columns: Line[][]): { text: string; size: number }[] {
  const paragraphs: { text: string; size: number }[] = [];
  // When paragraphs are set apart by space, the space alone ends them; else a short last line or an indent does.
  const allGaps = columns.flatMap((column) => {
    const ys = column.map((l) => l.y).sort((a, b) => b - a);
    return ys.slice(1).map((y, i) => ys[i]! - y).filter((g) => g > 0);
  });
  const median = [...allGaps].sort((a, b) => a - b)[Math.floor(allGaps.length / 2)] ?? 0;
  const spaced = allGaps.filter((g) => g > median * 1.3).length >= 2;
  let open: { text: string; size: number; last: Line; width: number } | null = null;
  for (const column of columns) {
    const sorted = [...column].sort((a, b) => b.y - a.y);
    const gaps = sorted.slice(1).map((l, i) => sorted[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
    const spacing = gaps[Math.floor(gaps.length / 2)] ?? 0;
    const width = Math.max(1, ...sorted.map((l) => l.x1 - l.x0));
    const left = Math.min(...sorted.map((l) => l.x0));
    sorted.forEach((line, i) => {
      const first = i === 0;
      let breaks = !open;
      if (open && !breaks) {
        const sizeChanged = Math.abs(line.size - open.size) > Math.min(line.size, open.size) * 0.15;
        const shortBefore = !spaced && open.last.x1 - open.last.x0 < open.width * 0.85 && ENDS_SENTENCE.test(open.text);
        if (first) breaks = sizeChanged || shortBefore || (ENDS_SENTENCE.test(open.text) && /^[\p{Lu}"“‘'(\d]/u.test(line.text) && open.last.x1 - open.last.x0 < open.width * 0.97);
        else {
          const gap = sorted[i - 1]!.y - line.y;
          const indented = !spaced && line.x0 - left > line.size && ENDS_SENTENCE.test(open.text);
          breaks = sizeChanged || gap > Math.max(spacing * 1.3, line.size * 1.6) || shortBefore || indented;
        }
      }
      if (breaks || !open) {
        open = { text: line.text, size: line.size, last: line, width };
        paragraphs.push(open);
      } else {
        open.text = join(open.text, line.text);
        open.last = line;
        open.width = width;
      }
    });
  }
  return paragraphs.map(({ text, size }) => ({ text, size }));
}

function isUsableTitle(title: unknown): title is string {
  return typeof title === 'string' && title.trim() !== '' && !/^untitled\b|\.(?:html?|pdf|docx?|txt)$|^[a-z]+:\/\//iu.test(title.trim());
}

/** The article text of a PDF file's bytes, with its title (metadata, else the first large heading). */
export async function fromPdf(bytes: Uint8Array): Promise<Extracted> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given. Nothing is fetched: no font, CMap or
    // wasm URLs are given, fetch is off, and fonts are not turned into font faces.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      useWorkerFetch: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'PasswordException') throw new LoadFailure('it is password-protected');
    throw new LoadFailure(`it is not a readable PDF (${(error as Error | undefined)?.message ?? 'unknown error'})`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new LoadFailure(`it has ${count(pdf.numPages)} pages, more than the ${count(MAX_PDF_PAGES)} Parallax opens`);
    }
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const runs = await pdf
        .getPage(n)
        .then(async (page) => {
          const content = await page.getTextContent();
          page.cleanup();
          return content.items.filter((item): item is TextRun & typeof item => 'str' in item);
        })
        .catch((error: unknown) => {
          throw new LoadFailure(`page ${n} of the PDF cannot be read (${(error as Error | undefined)?.message ?? 'unknown error'})`);
        });
      pages.push(linesOf(runs));
    }
    if (pages.every((p) => p.length === 0)) throw new LoadFailure('it has no text layer (a scanned PDF?)');
    const kept = withoutFurniture(pages);
    const columns = kept.flatMap((page) => readingOrder(page));
    const paragraphs = paragraphsOf(columns);
    const text = paragraphs.map((p) => p.text).join('\n\n');

    const meta = (await pdf.getMetadata().catch(() => null)) as { info?: Record<string, unknown> } | null;
    const bodySize = [...paragraphs].sort((a, b) => b.text.length - a.text.length)[0]?.size ?? 0;
    const heading = paragraphs.slice(0, 5).find((p) => p.size > bodySize * 1.2 && p.text.length <= 300);
    const title = isUsableTitle(meta?.info?.['Title']) ? meta.info['Title'].trim() : heading?.text;
    const extracted: Extracted = { text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text };
    if (title) extracted.title = title;
    return extracted;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

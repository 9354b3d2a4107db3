import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadFailure } from './loader';
import { loadArticleFile } from './load/article';
import { decode } from './load/decode';

const dir = mkdtempSync(join(tmpdir(), 'parallax-loader-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text a person might save: any Unicode, without NUL or other C0 controls besides tab and line breaks. */
const readable = fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) =>
  Array.from(s)
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return code !== 0xfeff && (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d);
    })
    .join(''),
);

function outcomeOf(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof LoadFailure)) throw error;
    return { refused: error.message };
  }
}

describe('decode, over arbitrary bytes', () => {
  it('either decodes or refuses with a LoadFailure, and does the same every time', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(outcomeOf(() => decode(bytes))).toEqual(outcomeOf(() => decode(bytes)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back any readable text saved as UTF-8, or as UTF-16 with a byte-order mark', () => {
    fc.assert(
      fc.property(readable, (text) => {
        expect(decode(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        expect(decode(le)).toEqual({ text, encoding: 'utf-16le' });
        const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
        expect(decode(be)).toEqual({ text, encoding: 'utf-16be' });
      }),
      { numRuns: 1500 },
    );
  });
});

describe('loadArticleFile, over arbitrary files', () => {
  const wrap: Record<string, (text: string) => string> = {
    txt: (t) => t,
    md: (t) => `# Heading\n\n${t}`,
    json: (t) => JSON.stringify({ title: 'A title', text: t }),
    html: (t) => `<html><head><title>T</title></head><body><p>${t.replace(/[<&]/gu, ' ')}</p></body></html>`,
  };

  it('loads or refuses with a reason; spans stay inside the text; the same file gives the same result', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('txt', 'md', 'json', 'html'), readable, async (ext, text) => {
        const path = join(dir, `f${n++}.${ext}`);
        writeFileSync(path, wrap[ext]!(text));
        const load = async () => {
          try {
            return { article: await loadArticleFile(path) };
          } catch (error) {
            expect(error).toBeInstanceOf(LoadFailure);
            return { refused: (error as Error).message };
          }
        };
        const first = await load();
        expect(await load()).toEqual(first);
        if (!first.article) return;
        const { text: body, paragraphs, wordCount, headline } = first.article;
        expect(wordCount).toBeGreaterThanOrEqual(0);
        let end = 0;
        for (const p of paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(body.length);
          end = p.end;
        }
        expect(headline).toBeGreaterThanOrEqual(-1);
        expect(headline).toBeLessThan(paragraphs.length);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

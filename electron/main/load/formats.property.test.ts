import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from './article';
import { LoadFailure } from './errors';
import { chromiumPath, storyDocx, storyEml, storyFromSeed, storyMhtml, storyPdf } from './story-files';

const dir = mkdtempSync(join(tmpdir(), 'parallax-formats-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = storyFromSeed(readFileSync(join(__dirname, '../../../seeds/002_4323d673ccd73a1b.txt'), 'utf8'), 'The Harbour Ledger', 3);
/** A valid file of each new format, to start mutations from. */
const valid: Record<string, Uint8Array> = {};
beforeAll(async () => {
  valid['docx'] = await storyDocx(story);
  valid['mhtml'] = new TextEncoder().encode(storyMhtml(story));
  valid['eml'] = new TextEncoder().encode(storyEml(story));
  if (chromiumPath()) valid['pdf'] = await storyPdf(story, { columns: 1 });
}, 60_000);

let n = 0;
/** Loads the bytes as a file of that extension: an article, or a LoadFailure's reason (any other error fails the test). */
async function outcome(ext: string, bytes: Uint8Array): Promise<unknown> {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, bytes);
  const load = async () => {
    try {
      const { id: _id, file: _file, name: _name, ...article } = await loadArticleFile(path);
      return { article };
    } catch (error) {
      expect(error).toBeInstanceOf(LoadFailure);
      return { refused: (error as Error).message };
    }
  };
  const first = await load();
  expect(await load()).toEqual(first);
  return first;
}

const EXTENSIONS = ['pdf', 'docx', 'mhtml', 'mht', 'eml'] as const;
const MAGIC: Record<string, number[]> = { pdf: [...Buffer.from('%PDF-1.7\n')], docx: [0x50, 0x4b, 0x03, 0x04], mhtml: [...Buffer.from('MIME-Version: 1.0\r\n')], mht: [], eml: [...Buffer.from('From: a@b\r\n')] };

describe('the new formats, over arbitrary bytes', () => {
  it('load or refuse by name, the same way every time, for random bytes behind each format\'s magic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 4096 }), async (ext, bytes) => {
        await outcome(ext, Uint8Array.from([...MAGIC[ext]!, ...bytes]));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('load or refuse by name when a valid file has bytes overwritten or is cut short', async () => {
    const formats = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...formats),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }),
        fc.option(fc.nat()),
        async (format, edits, cut) => {
          const bytes = Uint8Array.from(valid[format]!);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          await outcome(format, cut === null ? bytes : bytes.subarray(0, cut % bytes.length));
        },
      ),
      { numRuns: 200 },
    );
  }, 180_000);
});

/**
 * Pasted articles: the clipboard's HTML (else its text) kept as "Pasted N.html" (or .txt, named "Pasted N") in the app's
 * data folder, then loaded by the loader workers like any file, so it goes through the same Readability
 * and metadata path and comes back after a restart like a file does.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadResult, PastedClip } from '../contract';
import { writeFileAtomic } from './atomic-file';
import { loadArticleFiles } from './loader';

/** The folder inside the app's data folder where pasted articles are kept. */
export const PASTED_FOLDER = 'pasted';

/** A selection's HTML is usually a fragment: made a whole page, saying it is UTF-8 as it is written. */
function asPage(html: string): string {
  return /<body[\s>]/iu.test(html) ? html : `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

/** The next free "Pasted N" number in `dir`. */
async function nextNumber(dir: string): Promise<number> {
  const taken = (await readdir(dir)).map((name) => Number(/^Pasted (\d+)\.(?:html|txt)$/u.exec(name)?.[1] ?? 0));
  return Math.max(0, ...taken) + 1;
}

/** Keeps the clip as the next "Pasted N" file under `userDataDir` and loads it; a clip that cannot be read is not kept. */
export async function pasteArticle(userDataDir: string, clip: PastedClip): Promise<LoadResult> {
  const html = clip.html?.trim() ? clip.html : null;
  if (!html && !clip.text.trim()) {
    return { articles: [], errors: [{ file: 'clipboard', name: 'Clipboard', reason: 'the clipboard holds no text to make an article from' }] };
  }
  const dir = join(userDataDir, PASTED_FOLDER);
  // Readable by the reader only, like the session that lists it.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `Pasted ${await nextNumber(dir)}.${html ? 'html' : 'txt'}`);
  await writeFileAtomic(file, html ? asPage(html) : clip.text, { mode: 0o600 });
  const result = await loadArticleFiles([file]);
  if (result.errors.length > 0) await rm(file, { force: true });
  return result;
}

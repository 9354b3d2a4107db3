/**
 * A folder given as input stands for the article files directly inside it: hidden files, sub-folders and
 * unknown extensions are passed over; links that lead out of the folder, reports Parallax wrote itself
 * and the file a report is being written to are skipped and named, so nothing the reader did not mean
 * (a key behind a link, last run's report) becomes an article.
 */
import { constants as fsc } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { LoadError } from '../contract';
import { FORMATS } from './loader';

/** What a folder holds for Parallax: the article files in name order, and the files left out, with why. */
export interface FolderContents {
  files: string[];
  /** Files that look like articles but are not read: links leading out of the folder. */
  skipped: LoadError[];
  /** Files that are not articles at all: reports Parallax wrote, the report being written. */
  passedOver: LoadError[];
}

/** How much of a file is read to tell a Parallax report: its marker is in the first lines. */
const SNIFF_BYTES = 4096;

/** The marks each report format carries (see report/html.ts, markdown.ts, json.ts). */
const REPORT_MARKERS: readonly RegExp[] = [
  /<meta\s+name=["']?generator["']?\s+content=["']?Parallax\b/iu,
  /^\uFEFF?# Parallax comparison report\s*$/mu,
  /^\uFEFF?\{\s*(?:"schemaVersion"\s*:\s*\d+\s*,\s*)?"generator"\s*:\s*"Parallax"/u,
  /^\uFEFF?fact_id,kind,fact,told_by(?:,|\r?\n)/u,
];

/** True when the start of a file shows that Parallax wrote it. */
export function isParallaxReport(head: string): boolean {
  return REPORT_MARKERS.some((marker) => marker.test(head));
}

/** The first bytes of a regular file; '' for anything else, which is never opened here (a FIFO would block). */
async function head(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return '';
  // O_NONBLOCK as well: should it have been swapped for a FIFO since the stat, opening does not wait.
  const handle = await open(path, fsc.O_RDONLY | fsc.O_NONBLOCK).catch(() => null);
  if (!handle) return '';
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The supported article files directly inside `dir`, in name order, and the ones skipped with the reason.
 * `exclude` lists files that must never be read as articles (the report being written), by any path.
 */
export async function expandFolder(dir: string, exclude: readonly string[] = []): Promise<FolderContents> {
  const realDir = await realpath(dir);
  const excluded = new Set(await Promise.all(exclude.map((p) => realpath(p).catch(() => p))));
  const entries = await readdir(dir, { withFileTypes: true });
  const candidates = entries
    .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory() && extname(entry.name).toLowerCase() in FORMATS)
    .map((entry) => entry.name)
    .sort();
  const files: string[] = [];
  const skipped: LoadError[] = [];
  const passedOver: LoadError[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    const path = join(dir, name);
    const skip = (reason: string) => skipped.push({ file: path, name, reason });
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      // A dangling link, or a file gone since the listing: the loader says which, by name.
      files.push(path);
      continue;
    }
    if (!isInside(realDir, real)) {
      skip('it is a link to a file outside this folder, which Parallax does not follow (name the file itself to include it)');
      continue;
    }
    if (excluded.has(real)) {
      passedOver.push({ file: path, name, reason: 'it is the file this report is being written to' });
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    if (isParallaxReport(await head(real))) {
      passedOver.push({ file: path, name, reason: 'it is a report Parallax wrote, not an article' });
      continue;
    }
    files.push(path);
  }
  return { files, skipped, passedOver };
}

/** The supported article files directly inside `dir` (hidden files skipped), in name order. */
export async function supportedFilesIn(dir: string): Promise<string[]> {
  return (await expandFolder(dir)).files;
}

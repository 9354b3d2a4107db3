/**
 * Reads article files from disk and turns them into plain text. Node only (no Electron), so the main
 * process, the CLI and the tests share it. Files are read and parsed in loader workers (load/pool.ts),
 * never on the main thread; load/article.ts is the per-file reader they run. This module loads none
 * of the parsers itself.
 */
import { basename, resolve } from 'node:path';
import type { LoadedArticle, LoadError, LoadResult } from '../contract';
import { describeLoadError } from './load/errors';
import { LoaderPool } from './load/pool';

export { articleId } from './load/id';
export { describeFsError, describeLoadError, LoadFailure } from './load/errors';
export { FORMATS } from './load/formats';

/** The loader workers every load goes through. */
const pool = new LoaderPool();

/**
 * Loads many files in the loader workers, a few at a time. Files that fail (unreadable, past a limit,
 * past the time or memory budget of one file) become errors naming the file and the reason; the
 * others load regardless. Results keep the order of `paths`. `loader` is the pool (tests give their own).
 */
export async function loadArticleFiles(paths: readonly string[], loader: Pick<LoaderPool, 'load'> = pool): Promise<LoadResult> {
  const outcomes = await Promise.all(
    paths.map((path): Promise<LoadedArticle | LoadError> =>
      loader.load(path).catch((error: unknown) => ({ file: resolve(path), name: basename(path), reason: describeLoadError(error) })),
    ),
  );
  const result: LoadResult = { articles: [], errors: [] };
  for (const outcome of outcomes) {
    if ('reason' in outcome) result.errors.push(outcome);
    else result.articles.push(outcome);
  }
  return result;
}

/** Writing files so that a reader never sees half of one: a temporary file beside it, then a rename. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A write that failed; `message` says why in words a reader understands and names the file. */
export class WriteFailure extends Error {}

/** The reader-facing reason a write failed. */
export function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'Parallax may not write there (the folder is read-only or belongs to someone else)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use by another program';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EISDIR':
      return 'a folder has that name';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes `data` to `path` atomically: into a temporary file in the same folder, flushed to disk, then
 * renamed over `path`. On failure the temporary file is removed, `path` is left as it was, and a
 * WriteFailure names the file and the reason.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteFailure(`${basename(path)} could not be saved: ${describeWriteError(error)}`, { cause: error });
  }
}

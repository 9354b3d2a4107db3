/**
 * Writing files so that a reader never sees half of one and nothing else is lost: a temporary file
 * beside the target, flushed, renamed over it, then the folder flushed. Devices and pipes are written in
 * place instead; anything else that is not a regular file is refused.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsc, open as openFd } from 'node:fs';
import { copyFile, open, readdir, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { Socket } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

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
    case 'ENAMETOOLONG':
      return 'the name is too long for this disk';
    case 'ENXIO':
      return 'it is a pipe that nothing is reading from';
    case 'EPIPE':
      return 'the program reading from it stopped';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What is written: the whole text or bytes, or chunks produced one after another (a streamed report). */
export type WriteData = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Options of writeFileAtomic. */
export interface WriteOptions {
  /** Permissions of a file that does not exist yet (an existing file keeps its own); default 0o666 less the umask. */
  mode?: number;
  /** Gives an existing file `mode` too, instead of keeping its own (a file only its owner may read). */
  enforceMode?: boolean;
}

/** Longest file name most file systems take, in bytes (NAME_MAX on Linux and macOS, 255 UTF-16 units on Windows). */
const NAME_MAX = 255;
/** Temporary files are `.<name>.<pid>-<8 hex>.tmp`: the pid says whether the writer is still alive. */
const TEMP_SUFFIX = /^(\d+)-[0-9a-f]{8}\.tmp$/u;
/** Temporary files written by earlier versions: `.<name>.<12 hex>.tmp`. */
const OLD_TEMP_SUFFIX = /^[0-9a-f]{12}\.tmp$/u;

/** `name` cut (at a character boundary) to at most `bytes` UTF-8 bytes. */
function cutToBytes(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** The prefix every temporary file of `target` starts with, short enough that the whole name fits NAME_MAX. */
function tempPrefix(target: string): string {
  const room = NAME_MAX - '..'.length - `${2 ** 22}-ffffffff.tmp`.length;
  return `.${cutToBytes(basename(target), room)}.`;
}

/** A fresh temporary name for `target`, in its folder. */
export function tempNameFor(target: string): string {
  return join(dirname(target), `${tempPrefix(target)}${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files an earlier write of `target` left behind when it was killed: ours by name,
 * and only those whose writer is no longer running (a concurrent write keeps its own).
 */
export async function cleanLeftovers(target: string): Promise<string[]> {
  const prefix = tempPrefix(target);
  const legacy = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    if (name.startsWith(prefix)) {
      const m = TEMP_SUFFIX.exec(name.slice(prefix.length));
      if (m && !isAlive(Number(m[1]))) return true;
    }
    return name.startsWith(legacy) && OLD_TEMP_SUFFIX.test(name.slice(legacy.length));
  });
  await Promise.all(stale.map((name) => rm(join(dirname(target), name), { force: true }).catch(() => undefined)));
  return stale;
}

async function writeChunks(handle: FileHandle, data: WriteData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  // Small chunks are gathered so that a streamed report is not one system call per table cell.
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await handle.write(Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
    pending = [];
    size = 0;
  };
  for await (const chunk of data) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) await flush();
  }
  await flush();
}

/** Flushes a folder's entries (the rename) to disk; folders cannot be opened this way on Windows. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, fsc.O_RDONLY);
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse fsync on a folder; the rename itself stands.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes into a pipe that someone reads (`--out /dev/stdout | less`), never blocking on one that nobody reads. */
async function writeToPipe(path: string, data: WriteData): Promise<void> {
  // O_NONBLOCK: opening a FIFO without a reader fails at once with ENXIO instead of waiting forever.
  const fd = await promisify(openFd)(path, fsc.O_WRONLY | fsc.O_NONBLOCK);
  // The socket owns the descriptor from here and closes it when destroyed.
  const socket = new Socket({ fd, readable: false, writable: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('finish', resolve);
    void (async () => {
      try {
        const chunks = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
        for await (const chunk of chunks) {
          if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
        }
        socket.end();
      } catch (error) {
        reject(error as Error);
      }
    })();
  }).finally(() => socket.destroy());
}

/** Writes a character device (a terminal, /dev/null) in place: it cannot be replaced, and must not be. */
async function writeToDevice(path: string, data: WriteData): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await writeChunks(handle, data);
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path` without ever leaving half a file. A regular file (or a new one) is written to a
 * temporary file in the same folder, flushed, renamed over the real path (so a symbolic link stays a link
 * and the file keeps its permissions), and the folder is flushed; a file with several hard links gets the
 * finished text copied into it instead, so that it stays one file. A terminal, /dev/null or a pipe someone
 * reads is written in place; a folder, socket or block device is refused. Temporary files that a killed
 * earlier write left behind are removed first. On failure nothing partial remains and a WriteFailure
 * names the file and the reason.
 */
export async function writeFileAtomic(path: string, data: WriteData, options: WriteOptions = {}): Promise<void> {
  const fail = (error: unknown, reason = describeWriteError(error)) =>
    new WriteFailure(`${basename(path)} could not be saved: ${reason}`, { cause: error });
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw fail(error);
  });
  if (existing && !existing.isFile()) {
    try {
      if (existing.isCharacterDevice()) return await writeToDevice(path, data);
      if (existing.isFIFO()) return await writeToPipe(path, data);
    } catch (error) {
      throw fail(error);
    }
    if (existing.isDirectory()) throw fail(null, 'a folder has that name');
    throw fail(null, 'it is not a regular file (a socket or a disk device), and Parallax writes only files');
  }
  const target = existing ? await realpath(path).catch(() => path) : path;
  await cleanLeftovers(target);
  const temp = tempNameFor(target);
  try {
    // A new file gets `mode` (the umask still applies), else what the umask allows.
    const handle = await open(temp, 'wx', options.mode ?? 0o666);
    try {
      // Replacing a file keeps its permissions: a private file stays private.
      if (existing && !options.enforceMode) await handle.chmod(existing.mode & 0o7777);
      else if (options.mode !== undefined) await handle.chmod(options.mode);
      await writeChunks(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing && existing.nlink > 1) {
      // A file with several names (hard links) stays one file: the finished text is copied into it.
      await copyFile(temp, target);
      const copied = await open(target, 'r+');
      await copied.sync().finally(() => copied.close());
      await rm(temp, { force: true });
      return;
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fail(error);
  }
  await syncFolder(dirname(target));
}

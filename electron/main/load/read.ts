/**
 * Reads a file's bytes with every read bounded: only regular files, never more than the size limit,
 * and nothing that can block a thread.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../../limits';
import { LoadFailure, tooLarge } from './errors';

const FIRST_CHUNK = 64 * 1024;

/** Refuses anything but a regular file, naming what it is. */
function refuseUnlessRegular(info: Stats): void {
  if (info.isFile()) return;
  if (info.isDirectory()) throw new LoadFailure('it is a folder, not a file');
  if (info.isFIFO()) throw new LoadFailure('it is a named pipe (FIFO), not a file');
  if (info.isSocket()) throw new LoadFailure('it is a socket, not a file');
  if (info.isCharacterDevice() || info.isBlockDevice()) throw new LoadFailure('it is a device, not a file');
  throw new LoadFailure('it is not a regular file');
}

/**
 * The bytes of the regular file at `path`, read to its end. Checked with stat before opening and with
 * fstat on a handle opened O_NONBLOCK, so a FIFO, socket or device swapped in between is refused too
 * and no open or read waits on a writer (a blocked read would hold one of libuv's few threads for good).
 * The size stat reports is not trusted: /proc files say 0 and a growing file keeps going, so reading
 * goes on to end of file and stops one byte past the limit.
 */
export async function readCapped(path: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  refuseUnlessRegular(await stat(path));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    refuseUnlessRegular(info);
    if (info.size > limit) throw new LoadFailure(tooLarge(info.size, limit));
    let buffer = new Uint8Array(Math.min(limit + 1, Math.max(info.size + 1, FIRST_CHUNK)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) break;
        const grown = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new LoadFailure(tooLarge(length, limit, true));
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Why a file could not be opened, in words a reader understands. */

/** A file that cannot be opened; `message` is the reason, written for the reader. */
export class LoadFailure extends Error {}

/** The reader-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: Parallax may not read this file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'it is a symbolic link that points back to itself';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once; try again with fewer files';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return error instanceof Error ? `it could not be read (${error.message})` : 'it could not be read';
  }
}

/** The reader-facing reason a load failed. */
export function describeLoadError(error: unknown): string {
  return error instanceof LoadFailure ? error.message : describeFsError(error);
}

/** "1,234": counts in messages. */
export function count(n: number): string {
  return n.toLocaleString('en');
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The message for a file past the size limit; `atLeast` when only the first `size` bytes were read. */
export function tooLarge(size: number, limit: number, atLeast = false): string {
  return atLeast ? `it is larger than the ${mb(limit)} Parallax opens` : `it is ${mb(size)}, larger than the ${mb(limit)} Parallax opens`;
}

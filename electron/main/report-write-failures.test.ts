import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

// Reports are written with the app's atomic writer; these are the failures the export must survive.
const { writeFileAtomic, WriteFailure } = await import('./atomic-file');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-write-'));
});

afterEach(() => {
  vi.mocked(fsp.open).mockClear();
  vi.mocked(fsp.rename).mockClear();
  rmSync(dir, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/**
 * Makes `folder` read-only for this process and returns a function that undoes it. Root ignores
 * permission bits, so as root the folder is made immutable (chattr +i) instead; null when neither works.
 */
function makeReadOnly(folder: string): (() => void) | null {
  const probe = join(folder, '.probe');
  if (process.getuid?.() === 0) {
    if (spawnSync('chattr', ['+i', folder]).status !== 0) return null;
    const undo = () => void spawnSync('chattr', ['-i', folder]);
    try {
      writeFileSync(probe, '');
    } catch {
      return undo;
    }
    undo();
    rmSync(probe, { force: true });
    return null;
  }
  chmodSync(folder, 0o555);
  return () => chmodSync(folder, 0o755);
}

describe('writing a report', () => {
  it('replaces an existing file, through a temporary file in the same folder', async () => {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(file, 'latin1')).toBe('%PDF');
    const [from, to] = vi.mocked(fsp.rename).mock.calls[0]!;
    expect(String(from).startsWith(join(dir, '.report.pdf.'))).toBe(true);
    expect(to).toBe(file);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('refuses a read-only folder with a reason, leaving the existing file as it was and no new file', async (ctx) => {
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.md'), 'old report');
    const undo = makeReadOnly(folder);
    if (!undo) ctx.skip();
    try {
      const error = await writeFileAtomic(join(folder, 'report.md'), '# new report').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFailure);
      expect((error as Error).message).toMatch(/^report\.md could not be saved: Parallax may not write there \(the folder is read-only/u);
      await expect(writeFileAtomic(join(folder, 'other.csv'), 'a,b')).rejects.toThrow(/read-only/u);
    } finally {
      undo!();
    }
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toBe('old report');
    expect(readdirSync(folder)).toEqual(['report.md']);
  });

  it('on a full disk, removes the partly written temporary file and keeps the existing file', async () => {
    const file = join(dir, 'report.json');
    writeFileSync(file, '{"old":true}');
    const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    vi.mocked(fsp.open).mockImplementationOnce(async (path, flags, mode) => {
      const handle = await actual.open(path, flags, mode);
      // Half the bytes reach the disk, then it is full.
      handle.writeFile = async (data) => {
        await actual.writeFile(path, String(data).slice(0, 5));
        throw errno('ENOSPC');
      };
      return handle;
    });
    await expect(writeFileAtomic(file, '{"new":true,"long":"x"}')).rejects.toThrow('report.json could not be saved: the disk is full');
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('when the file is in use, says so and leaves it untouched', async () => {
    const file = join(dir, 'report.csv');
    writeFileSync(file, 'old');
    vi.mocked(fsp.rename).mockRejectedValueOnce(errno('EBUSY'));
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow('report.csv could not be saved: the file is in use by another program');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });
});

import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWriteError, writeFileAtomic, WriteFailure } from './atomic-file';

const dir = mkdtempSync(join(tmpdir(), 'parallax-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole, leaving no temporary file', async () => {
    const path = join(dir, 'report.md');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, 'second version');
    expect(readFileSync(path, 'utf8')).toBe('second version');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('names the file and the reason when the folder does not exist, and leaves nothing behind', async () => {
    const path = join(dir, 'missing', 'out.json');
    await expect(writeFileAtomic(path, '{}')).rejects.toThrow(new WriteFailure('out.json could not be saved: the folder does not exist'));
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('leaves the existing file untouched when the new one cannot be written over it', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(WriteFailure);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a read-only folder with a reason and no partial file', async () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    await expect(writeFileAtomic(join(ro, 'a.html'), '<p>')).rejects.toThrow(/a\.html could not be saved: Parallax may not write there/u);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('says disk full and file in use in words', () => {
    expect(describeWriteError(Object.assign(new Error(), { code: 'ENOSPC' }))).toBe('the disk is full');
    expect(describeWriteError(Object.assign(new Error(), { code: 'EBUSY' }))).toBe('the file is in use by another program');
  });
});

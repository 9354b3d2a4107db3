import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanLeftovers, describeWriteError, tempNameFor, writeFileAtomic, WriteFailure } from './atomic-file';

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

  it('keeps the permissions of the file it replaces, and creates a private file when asked', async () => {
    const secret = join(dir, 'secret.md');
    writeFileSync(secret, 'old');
    chmodSync(secret, 0o600);
    await writeFileAtomic(secret, 'new');
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    const fresh = join(dir, 'private.json');
    await writeFileAtomic(fresh, '{}', { mode: 0o600 });
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link to the file it points at, and the link stays a link', async () => {
    const real = join(dir, 'real-report.md');
    const link = join(dir, 'link-report.md');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'through the link');
    expect(readFileSync(real, 'utf8')).toBe('through the link');
    expect(readdirSync(dir)).toContain('link-report.md');
    expect(statSync(link).ino).toBe(statSync(real).ino);
  });

  it('takes the longest legal name: its temporary name stays within 255 bytes', async () => {
    const name = `${'é'.repeat(120)}.md`; // 243 bytes
    const long = join(dir, 'long');
    mkdirSync(long);
    expect(Buffer.byteLength(basename(tempNameFor(join(long, name))))).toBeLessThanOrEqual(255);
    await writeFileAtomic(join(long, name), 'fits');
    const ascii = `${'a'.repeat(248)}.md`.slice(0, 248);
    await writeFileAtomic(join(long, ascii), 'fits too');
    expect(readdirSync(long).sort()).toEqual([ascii, name].sort());
  });

  it('removes the temporary files of a killed earlier write, but not those of a write still running', async () => {
    const folder = join(dir, 'leftovers');
    mkdirSync(folder);
    const target = join(folder, 'parallax-report.html');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = basename(tempNameFor(target)).replace(`.${process.pid}-`, `.${dead}-`);
    const legacy = '.parallax-report.html.0123456789ab.tmp';
    const running = basename(tempNameFor(target)).replace(`.${process.pid}-`, `.${process.ppid}-`);
    for (const n of [stale, legacy, running, '.other.html.0123456789ab.tmp']) writeFileSync(join(folder, n), 'half a report');
    await writeFileAtomic(target, '<p>whole');
    expect(readdirSync(folder).sort()).toEqual(['.other.html.0123456789ab.tmp', running, 'parallax-report.html'].sort());
    expect(await cleanLeftovers(target)).toEqual([]);
  });

  it('writes a character device in place and never replaces it with a file', async () => {
    await writeFileAtomic('/dev/null', 'discarded');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    // /dev/full answers every write with "no space left".
    if (existsSync('/dev/full')) await expect(writeFileAtomic('/dev/full', 'x')).rejects.toThrow('full could not be saved: the disk is full');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a pipe nobody reads at once, and writes into one that is read', async () => {
    const fifo = join(dir, 'pipe.md');
    spawnSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow('pipe.md could not be saved: it is a pipe that nothing is reading from');
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    // The reader opens the FIFO when it starts; a write before that is refused, so try until it is there.
    for (;;) {
      try {
        await writeFileAtomic(fifo, (function* () { yield 'first '; yield 'second'; })());
        break;
      } catch (error) {
        if (!/nothing is reading/u.test((error as Error).message)) throw error;
        await new Promise((r) => setImmediate(r));
      }
    }
    await closed;
    expect(got).toBe('first second');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a socket by what it is', async () => {
    const path = join(dir, 'sock.html');
    const server = createServer();
    await new Promise<void>((r) => server.listen(path, r));
    try {
      await expect(writeFileAtomic(path, 'x')).rejects.toThrow('sock.html could not be saved: it is not a regular file');
    } finally {
      server.close();
    }
  });

  it('writes a report that arrives in chunks', async () => {
    const path = join(dir, 'chunks.csv');
    async function* rows() {
      for (let i = 0; i < 3000; i++) yield `${i},row\r\n`;
    }
    await writeFileAtomic(path, rows());
    const text = readFileSync(path, 'utf8');
    expect(text.split('\r\n')).toHaveLength(3001);
  });

  it('keeps a hard-linked file one file: every name shows the new text', async () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, 'old');
    linkSync(a, b);
    await writeFileAtomic(a, 'new');
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['new', 'new']);
    expect(statSync(a).ino).toBe(statSync(b).ino);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

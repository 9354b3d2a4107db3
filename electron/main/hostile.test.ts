/**
 * Hostile and broken input, each generated here: every file either loads correctly or is refused
 * with a named reason, and the files beside it still load.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from './loader';
import { MAX_LINE_CHARS } from '../limits';

const GOOD = resolve(__dirname, '../../seeds/004_6d6e296701268718.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Loads `path` between two good files and returns its outcome; the good files must load either way. */
async function outcome(path: string) {
  const { articles, errors } = await loadArticleFiles([GOOD, path, GOOD]);
  expect(articles.filter((a) => a.file === GOOD)).toHaveLength(2);
  const article = articles.find((a) => a.file === path);
  const error = errors.find((e) => e.file === path);
  expect(Boolean(article) !== Boolean(error)).toBe(true);
  if (error) expect(error.name).toBe(path.split('/').pop());
  return { article, reason: error?.reason };
}

const HOSTILE_HTML = `<!doctype html><html><head><title>Markets calm after call</title>
<script>globalThis.__pwned = true; require('child_process').execSync('touch /tmp/parallax-pwned');</script>
<meta http-equiv="refresh" content="0;url=https://example.com/"></head>
<body onload="globalThis.__pwned = true">
<article><h1>Markets calm after call</h1>
<p>Investors welcomed the news on Friday, and shares in exporters rose sharply in early trading across the region.</p>
<p><img src="x" onerror="globalThis.__pwned = true">Officials said talks would resume <a href="javascript:globalThis.__pwned=true">soon</a>, without naming a date.</p>
<iframe src="https://example.com/tracker" srcdoc="<script>parent.__pwned = true</script>"></iframe>
<p>Analysts cautioned that the truce remained fragile and that tariffs could return within months if the talks stall.</p>
<style>body { display: none }</style><noscript>Enable scripts</noscript>
</article></body></html>`;

describe('hostile and broken files', () => {
  it('empty and whitespace-only files are refused by name', async () => {
    expect((await outcome(file('empty.txt', ''))).reason).toBe('the file is empty');
    expect((await outcome(file('spaces.txt', ' \n\r\n\t  \u00a0\n'))).reason).toBe('the file contains only whitespace');
  });

  it('binary files (a PNG, all-zero bytes) are refused by name', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect((await outcome(file('photo.txt', png))).reason).toBe('it is a PNG image, not an article');
    expect((await outcome(file('zeros.md', new Uint8Array(1 << 16)))).reason).toBe('it is a binary file, not text');
  });

  it('a 60 MB text is refused by its size', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(1 << 20, 'All work and no play. ');
    for (let i = 0; i < 60; i++) writeSync(fd, chunk);
    closeSync(fd);
    expect((await outcome(path)).reason).toBe('it is 60.0 MB, larger than the 20.0 MB Parallax opens');
  });

  it('a 5 MB single line is refused with the line-length limit', async () => {
    const line = 'word '.repeat(1_000_000);
    expect((await outcome(file('one-line.txt', line))).reason).toBe(
      `it has a line of 5,000,000 characters, longer than the ${MAX_LINE_CHARS.toLocaleString('en')} Parallax opens`,
    );
    // Many lines that add up to more than the text limit are refused with that limit.
    expect((await outcome(file('book.txt', `${'word '.repeat(20_000)}\n`.repeat(30)))).reason).toBe(
      'its text is 3,000,030 characters long, more than the 2,000,000 Parallax opens',
    );
    // A long line under the limit loads.
    const { article } = await outcome(file('long-line.txt', `Title\n\n${'word '.repeat(30_000)}`));
    expect(article?.wordCount).toBe(30_001);
  });

  it('UTF-16 LE and BE with a byte-order mark, windows-1252 and invalid UTF-8 all load as text', async () => {
    const text = 'Xi’s “very positive” call — 90 minutes';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect((await outcome(file('le.txt', le))).article?.text).toBe(text);
    expect((await outcome(file('be.txt', be))).article?.text).toBe(text);
    const cp1252 = Buffer.from([0x58, 0x69, 0x92, 0x73, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x31]);
    expect((await outcome(file('cp1252.txt', cp1252))).article).toMatchObject({ text: 'Xi’s “ok” – €1', encoding: 'windows-1252' });
    // Bytes that are not UTF-8 (a lone continuation byte, a truncated sequence) decode as windows-1252.
    const invalid = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x80, 0xe2, 0x82])]);
    expect((await outcome(file('invalid.txt', invalid))).article).toMatchObject({ text: 'Café€â‚', encoding: 'windows-1252' });
    // A UTF-16 byte-order mark followed by an odd byte count is refused, not misread.
    expect((await outcome(file('odd16.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])))).reason).toMatch(/not valid UTF-16LE/u);
  });

  it('HTML with scripts, handlers, javascript: links and an iframe yields only its text', async () => {
    const { article } = await outcome(file('hostile.html', HOSTILE_HTML));
    expect(article?.title).toBe('Markets calm after call');
    expect(article?.text).toContain('Officials said talks would resume soon, without naming a date.');
    for (const bad of ['__pwned', 'child_process', 'javascript:', 'onerror', 'iframe', '<', 'display: none']) {
      expect(article?.text).not.toContain(bad);
    }
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('malformed JSON and JSON with wrong field types are refused with the reason', async () => {
    expect((await outcome(file('cut.json', '{"title": "Talks", "text": "The call'))).reason).toBe('it is not valid JSON (line 1)');
    expect((await outcome(file('array.json', '[1, 2, 3]'))).reason).toBe('it is not a Parallax article JSON (an object with a title and a text)');
    expect((await outcome(file('types.json', '{"title": ["a"], "text": "Body."}'))).reason).toBe('its title is not a string');
    expect((await outcome(file('date.json', '{"title": "T", "text": "Body.", "date": 20250605}'))).reason).toBe('its date is not a string');
  });

  it('a folder, a symlink loop and a dangling link are refused by name', async () => {
    mkdirSync(join(dir, 'a-folder.txt'));
    expect((await outcome(join(dir, 'a-folder.txt'))).reason).toBe('it is a folder, not a file');
    symlinkSync(join(dir, 'ping.txt'), join(dir, 'pong.txt'));
    symlinkSync(join(dir, 'pong.txt'), join(dir, 'ping.txt'));
    expect((await outcome(join(dir, 'ping.txt'))).reason).toBe('it is a symbolic link that points back to itself');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    expect((await outcome(join(dir, 'dangling.txt'))).reason).toBe('the file does not exist (it may have been moved or deleted)');
  });

  it('loads 200 files at once, in order', async () => {
    const paths = Array.from({ length: 200 }, (_, i) => file(`story-${String(i).padStart(3, '0')}.txt`, `Story ${i}\n\nParagraph of story ${i}.`));
    const { articles, errors } = await loadArticleFiles(paths);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(paths.map((_, i) => `Story ${i}`));
    expect(new Set(articles.map((a) => a.id)).size).toBe(200);
  });

  it('the same file twice loads twice with the same id (the window keeps one column)', async () => {
    const { articles } = await loadArticleFiles([GOOD, GOOD]);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.id).toBe(articles[1]!.id);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, describeFsError, loadArticleFiles, LoadFailure } from './loader';
import { loadArticleFile } from './load/article';
import { decode } from './load/decode';
import { MAX_FILE_BYTES } from '../limits';

const SEEDS = resolve(__dirname, '../../seeds');
const DATA = resolve(__dirname, '../../e2e/data');
let dir: string;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<string> {
  const { errors, articles } = await loadArticleFiles([path]);
  expect(articles).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0]!.reason;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-loader-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample set', () => {
  it('loads all five seeds with their headlines, paragraphs and word counts', async () => {
    const paths = readdirSync(SEEDS).sort().map((n) => join(SEEDS, n));
    const { articles, errors } = await loadArticleFiles(paths);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.name)).toEqual(readdirSync(SEEDS).sort());
    expect(articles[0]!.title).toBe('TRUMP Makes Bold China Move — Xi Responds Fast');
    expect(articles[0]!.headline).toBe(0);
    // 003 opens with bullets and 004 with a dateline: neither has a headline.
    expect(articles[3]!.headline).toBe(-1);
    expect(articles[3]!.title).toBe('Article 003');
    expect(articles[4]!.headline).toBe(-1);
    expect(articles[4]!.paragraphs).toHaveLength(5);
    for (const a of articles) {
      expect(a.encoding).toBe('utf-8');
      expect(a.wordCount).toBeGreaterThan(300);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end));
    }
  });
});

describe('formats', () => {
  it('reads Markdown as plain text with its first heading as title', async () => {
    const a = await loadArticleFile(join(DATA, 'markets-react.md'));
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('Markets Steady as Washington and Beijing Agree to Talk Again');
    expect(a.text).toContain('Analysts said the next round of talks would show');
    expect(a.text).not.toMatch(/[*#]/u);
  });

  it('reads the main text of a web page with readability, without running or keeping its script', async () => {
    const a = await loadArticleFile(join(DATA, 'call-readout.html'));
    expect(a.format).toBe('html');
    expect(a.title).toBe('Leaders Hold Call on Trade and Rare Earths');
    expect(a.source).toBe('World Wire');
    expect(a.text).toContain('spoke by telephone for about ninety minutes');
    expect(a.text).not.toContain('All rights reserved');
    expect(a.text).not.toContain('scripts never run');
    expect(a.paragraphs.length).toBe(5);
  });

  it('reads article JSON with title, source and date, its title opening the text as the headline', async () => {
    const path = file('a.json', JSON.stringify({ title: 'Talks resume', source: 'Wire', date: '2025-06-05', text: 'One.\n\nTwo.' }));
    const a = await loadArticleFile(path);
    expect(a).toMatchObject({ format: 'json', title: 'Talks resume', source: 'Wire', date: '2025-06-05', text: 'Talks resume\n\nOne.\n\nTwo.', headline: 0 });
    expect(a.paragraphs).toHaveLength(3);
  });

  it('does not repeat a JSON title the text already starts with', async () => {
    const a = await loadArticleFile(file('b.json', JSON.stringify({ title: 'Talks resume', text: 'Talks resume\n\nOne.' })));
    expect(a.text).toBe('Talks resume\n\nOne.');
    expect(a.headline).toBe(0);
  });

  it('names what is wrong with a JSON file in plain words', async () => {
    expect(await failure(file('broken.json', '{\n  "title": "x",\n  "text": "y",\n}'))).toBe('it is not valid JSON (line 4)');
    expect(await failure(file('cut.json', '{"title": "x", '))).toBe('it is not valid JSON (line 1)');
    expect(await failure(file('notext.json', JSON.stringify({ title: 'x' })))).toBe('it has no text field');
    expect(await failure(file('types.json', JSON.stringify({ title: 'x', text: 42 })))).toBe('its text is not a string');
    expect(await failure(file('untitled.json', JSON.stringify({ title: ' ', text: 'Body.' })))).toBe('its title is empty');
    expect(await failure(file('notitle.json', JSON.stringify({ text: 'Body.' })))).toBe('it has no title field');
    expect(await failure(file('list.json', '[1, 2]'))).toBe('it is not a Parallax article JSON (an object with a title and a text)');
    expect(await failure(file('emptytext.json', JSON.stringify({ title: 'T', text: '  ' })))).toBe('no article text was found in it');
  });

  it('joins hard-wrapped lines into paragraphs', async () => {
    const wrapped = 'Headline here\n\nThe first paragraph is wrapped\nat a short width, as e-mail is,\nand goes on.\n\nThe second one\nis wrapped too.\n';
    const a = await loadArticleFile(file('wrapped.txt', wrapped));
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'Headline here',
      'The first paragraph is wrapped\nat a short width, as e-mail is,\nand goes on.',
      'The second one\nis wrapped too.',
    ]);
  });
});

describe('decoding', () => {
  const text = 'Café “quoted” — naïve';

  it('reads UTF-8 with and without a byte-order mark', async () => {
    expect((await loadArticleFile(file('u8.txt', text))).text).toBe(text);
    const bom = await loadArticleFile(file('u8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(bom.text).toBe(text);
    expect(bom.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const a = await loadArticleFile(file('u16le.txt', le));
    const b = await loadArticleFile(file('u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect([a.text, a.encoding]).toEqual([text, 'utf-16le']);
    expect([b.text, b.encoding]).toEqual([text, 'utf-16be']);
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', async () => {
    const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]);
    const a = await loadArticleFile(file('cp1252.txt', cp1252));
    expect(a.encoding).toBe('windows-1252');
    expect(a.text).toBe('Café “q” — €5');
  });

  it('refuses binary content and names what it looks like', () => {
    expect(() => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toThrow('it is a PDF document, not an article');
    expect(() => decode(new Uint8Array(100))).toThrow('it is a binary file, not text');
    expect(() => decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toThrow(LoadFailure);
  });
});

describe('refusals name the reason and leave the other files loaded', () => {
  it('refuses empty, whitespace-only, binary, oversized, unknown, missing, folder and looping paths', async () => {
    const seed = join(SEEDS, '001_ad910f024c7824ce.txt');
    mkdirSync(join(dir, 'folder.txt'), { recursive: true });
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    const paths = [
      file('empty.txt', ''),
      seed,
      file('blank.md', ' \n\t\n  '),
      file('zeros.txt', new Uint8Array(64)),
      file('huge.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 'a')),
      file('slides.pptx', 'not really'),
      file('README', 'no extension'),
      join(dir, 'missing.txt'),
      join(dir, 'folder.txt'),
      join(dir, 'loop-a.txt'),
    ];
    const { articles, errors } = await loadArticleFiles(paths);
    expect(articles.map((a) => a.name)).toEqual(['001_ad910f024c7824ce.txt']);
    expect(Object.fromEntries(errors.map((e) => [e.name, e.reason]))).toEqual({
      'empty.txt': 'the file is empty',
      'blank.md': 'the file contains only whitespace',
      'zeros.txt': 'it is a binary file, not text',
      'huge.txt': 'it is 20.0 MB, larger than the 20.0 MB Parallax opens',
      'slides.pptx': "'.pptx' files are not supported (Parallax opens .txt, .text, .md, .markdown, .html, .htm, .json, .pdf, .docx, .mhtml, .mht, .eml)",
      README: 'files without an extension are not supported (Parallax opens .txt, .text, .md, .markdown, .html, .htm, .json, .pdf, .docx, .mhtml, .mht, .eml)',
      'missing.txt': 'the file does not exist (it may have been moved or deleted)',
      'folder.txt': 'it is a folder, not a file',
      'loop-a.txt': 'it is a symbolic link that points back to itself',
    });
    for (const e of errors) expect(e.file).toBe(resolve(dir, e.name));
  });

  it('describes permission and busy errors in words', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied: Parallax may not read this file');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EBUSY' }))).toBe('the file is in use by another program');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const { chmodSync } = await import('node:fs');
    const path = file('secret.txt', 'hidden');
    chmodSync(path, 0o000);
    expect(await failure(path)).toBe('permission denied: Parallax may not read this file');
  });
});

describe('ids', () => {
  it('gives a path the same id every time and different paths different ids', () => {
    expect(articleId('/a/b.txt')).toBe(articleId('/a/b.txt'));
    expect(articleId('/a/b.txt')).not.toBe(articleId('/a/c.txt'));
  });
});

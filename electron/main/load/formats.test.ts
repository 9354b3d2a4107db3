import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from './article';
import { expandFolder } from '../folders';
import { chromiumPath, storyDocx, storyEml, storyFromSeed, storyHtml, storyMhtml, storyPdf, type Story } from './story-files';

const dir = mkdtempSync(join(tmpdir(), 'parallax-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story: Story = storyFromSeed(readFileSync(join(__dirname, '../../../seeds/001_ad910f024c7824ce.txt'), 'utf8'), 'The Harbour Ledger');
const words = (s: string) => s.replace(/\s+/gu, ' ').trim();
/** The article's paragraphs, as text. */
const paragraphsOf = (a: { text: string; paragraphs: { start: number; end: number }[] }) => a.paragraphs.map((p) => words(a.text.slice(p.start, p.end)));

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('PDF', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await storyPdf(story);
  }, 60_000);

  it.runIf(chromiumPath())('rebuilds the story paragraph by paragraph from two columns, without running header, footer or page numbers', async () => {
    const article = await loadArticleFile(write('story.pdf', pdf));
    expect(article.format).toBe('pdf');
    expect(article.title).toBe(story.title);
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it.runIf(chromiumPath())('reads three columns in order and rejoins words hyphenated at line ends', async () => {
    // Soft hyphens in long words: Chromium breaks narrow lines there and prints a hyphen at the line end.
    const soft = (p: string) => p.replace(/\b(\p{L}{5})(\p{L}{4,})/gu, '$1\u00ad$2');
    const hyphenated = await storyPdf({ ...story, paragraphs: story.paragraphs.map(soft) }, { columns: 3 });
    const article = await loadArticleFile(write('three.pdf', hyphenated));
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it.runIf(chromiumPath())('takes the first large heading as title when the metadata has none', async () => {
    const untitled = Buffer.from(pdf).toString('latin1').replace(/\/Title \([^)]*\)/u, (m) => `/Title (${' '.repeat(m.length - 10)})`);
    const article = await loadArticleFile(write('untitled.pdf', Buffer.from(untitled, 'latin1')));
    expect(article.title).toBe(story.title);
  });

  it('names a PDF with no text layer, one with a password and one that is not a PDF', async () => {
    const blank = await blankPdf();
    await expect(loadArticleFile(write('scan.pdf', blank))).rejects.toThrow('it has no text layer (a scanned PDF?)');
    await expect(loadArticleFile(write('locked.pdf', await blankPdf('secret')))).rejects.toThrow('it is password-protected');
    await expect(loadArticleFile(write('broken.pdf', '%PDF-1.7\nnot really'))).rejects.toThrow(/not a readable PDF|no text layer/u);
  });
});

/** RC4, for the 40-bit standard security handler below (OpenSSL 3 leaves it out of node:crypto). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** The /Encrypt dictionary and /ID of a PDF that opens only with `password` (PDF 1.7, 7.6.3.3, revision 2). */
function encryption(password: string): { dict: string; id: string } {
  const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const owner = rc4(md5(padded(`${password}-owner`)).subarray(0, 5), padded(password));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const key = md5(padded(password), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  return { dict: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(owner)}> /U <${hex(user)}> /P -4 >>`, id: `<${hex(id)}>` };
}

/** A one-page PDF with nothing drawn on it, written by hand (offsets computed); with a password when given. */
async function blankPdf(password?: string): Promise<Uint8Array> {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  const locked = password === undefined ? null : encryption(password);
  if (locked) objects.push(locked.dict);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const lock = locked ? ` /Encrypt 4 0 R /ID [${locked.id} ${locked.id}]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${lock} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('Word', () => {
  it('keeps the heading and the paragraphs, the heading as title', async () => {
    const article = await loadArticleFile(write('story.docx', await storyDocx(story)));
    expect(article.format).toBe('docx');
    expect(article.title).toBe(story.title);
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it('names a ZIP that is not a Word file', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await expect(loadArticleFile(write('not-word.docx', await zip.generateAsync({ type: 'uint8array' })))).rejects.toThrow(/not a readable Word \(\.docx\) file/u);
  });
});

describe('saved web page and e-mail', () => {
  it('reads the HTML part of an .mhtml with the page metadata, fetching nothing', async () => {
    const article = await loadArticleFile(write('story.mhtml', storyMhtml(story)));
    expect(article.format).toBe('mhtml');
    expect(article.title).toBe(story.title);
    expect(article.source).toBe(story.outlet);
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it('reads the HTML part of a newsletter .eml, the sender as outlet', async () => {
    const article = await loadArticleFile(write('story.eml', storyEml(story)));
    expect(article.format).toBe('email');
    expect(article.title).toBe(story.title);
    expect(article.source).toBe(story.outlet);
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it('takes a plain-text e-mail as text, its subject as title', async () => {
    const eml = 'From: Desk <desk@example.org>\r\nSubject: Port reopens\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe port reopened on Monday.\r\n\r\nShips queued overnight.\r\n';
    const article = await loadArticleFile(write('plain.eml', eml));
    expect(article.title).toBe('Port reopens');
    expect(paragraphsOf(article)).toEqual(['Port reopens', 'The port reopened on Monday.', 'Ships queued overnight.']);
  });

  it('takes a page saved as HTML plus a folder as the one page, with its metadata, and leaves the folder alone', async () => {
    const saved = join(dir, 'saved');
    mkdirSync(join(saved, 'story_files'), { recursive: true });
    writeFileSync(join(saved, 'story.html'), storyHtml(story).replace('<article>', '<article><img src="story_files/photo.jpg"><iframe src="story_files/ad.html"></iframe>'));
    writeFileSync(join(saved, 'story_files', 'ad.html'), '<p>Buy now</p>');
    writeFileSync(join(saved, 'story_files', 'style.css'), 'p{}');
    const { files } = await expandFolder(saved);
    expect(files).toEqual([join(saved, 'story.html')]);
    const article = await loadArticleFile(files[0]!);
    expect([article.title, article.source]).toEqual([story.title, story.outlet]);
    expect(paragraphsOf(article)).toEqual([story.title, ...story.paragraphs]);
  });

  it('names a file that is not MIME', async () => {
    await expect(loadArticleFile(write('not.eml', '\u0001\u0002 binary'))).rejects.toThrow('it is not an e-mail (.eml): it does not start with MIME headers');
  });
});

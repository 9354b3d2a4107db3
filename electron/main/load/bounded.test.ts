/**
 * Every load ends, bounded: files that are not regular files, files that never end or keep growing,
 * pages and Markdown built to make parsers hang or crash. Each fixture is made here; each file loads
 * or is refused by name, and the good files beside it load either way. No timings are asserted: a hang
 * fails by the test's timeout.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../loader';
import { decode } from './decode';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../limits';
import { LoaderPool } from './pool';
import { readCapped } from './read';

const GOOD = resolve(__dirname, '../../../seeds/004_6d6e296701268718.txt');
const PARAGRAPH = 'Officials said on Friday that the talks would resume next week, after a call that lasted ninety minutes.';
const ARTICLE = `<article><h1>Talks to resume</h1>${Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}</article>`;
const page = (body: string) => `<!doctype html><html><head><title>Talks to resume</title></head><body>${body}</body></html>`;

let dir: string;
const children: ChildProcess[] = [];
const servers: Server[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-bounded-'));
});
afterAll(() => {
  for (const child of children) child.kill();
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Loads `path` between two good files: the good ones load, and `path` loads or is refused by name. */
async function outcome(path: string, loader?: LoaderPool) {
  const { articles, errors } = await loadArticleFiles([GOOD, path, GOOD], loader);
  expect(articles.filter((a) => a.file === GOOD)).toHaveLength(2);
  const article = articles.find((a) => a.file === path);
  const error = errors.find((e) => e.file === path);
  expect(Boolean(article) !== Boolean(error)).toBe(true);
  return { article, reason: error?.reason };
}


describe('only regular files are read, and no read blocks', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named like an article is refused by name, even eight at once', async () => {
    const fifos = Array.from({ length: 8 }, (_, i) => join(dir, `pipe-${i}.txt`));
    for (const fifo of fifos) expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // More FIFOs than libuv has threads (4): a blocking open on any of them would starve every later read.
    const { articles, errors } = await loadArticleFiles([...fifos, GOOD]);
    expect(articles.map((a) => a.file)).toEqual([GOOD]);
    expect(errors.map((e) => e.reason)).toEqual(fifos.map(() => 'it is a named pipe (FIFO), not a file'));
    expect((await outcome(fifos[0]!)).reason).toBe('it is a named pipe (FIFO), not a file');
  });

  it.skipIf(process.platform === 'win32')('a socket and a device are refused by name', async () => {
    const socket = join(dir, 'socket.txt');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(socket, done));
    expect((await outcome(socket)).reason).toBe('it is a socket, not a file');
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    expect((await outcome(join(dir, 'zero.txt'))).reason).toBe('it is a device, not a file');
  });

  it.skipIf(!existsSync('/proc/self/status'))('a /proc file, which reports size 0, is read to its end', async () => {
    symlinkSync('/proc/self/status', join(dir, 'status.txt'));
    const { article } = await outcome(join(dir, 'status.txt'));
    expect(article?.text).toMatch(/^Name:/u);
    expect(article?.text).toContain('VmRSS');
  });

  it('a file that keeps growing while it is read stops at the limit', async () => {
    const path = file('growing.txt', 'Growing headline\n\n');
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const line = 'More words keep arriving. '.repeat(400) + '\\n';
       setInterval(() => { for (let i = 0; i < 20; i++) fs.appendFileSync(${JSON.stringify(path)}, line); }, 1);`,
    ]);
    children.push(writer);
    // its size, not a read: on a slow machine the file may pass any limit between two looks
    while (statSync(path).size < 200_000) await new Promise((r) => setTimeout(r, 10));
    // Whatever it holds when it is read, the read ends: at most one byte past the limit, then refused.
    for (const limit of [256 * 1024, 4 * 1024 * 1024]) {
      const read = await readCapped(path, limit).then((bytes) => bytes.length, (error: Error) => error.message);
      if (typeof read === 'number') expect(read).toBeLessThanOrEqual(limit);
      else expect(read).toMatch(/larger than the (0\.3|4\.0) MB Parallax opens$/u);
    }
    const { article, reason } = await outcome(path);
    if (reason) expect(reason).toMatch(/larger than|more than/u);
    else expect(article?.title).toBe('Growing headline');
    writer.kill();
  });

  it('reads a file whose size is not a multiple of its read chunks, and refuses one byte past the limit', async () => {
    const text = 'Word '.repeat(30_000);
    expect(new TextDecoder().decode(await readCapped(file('chunks.txt', text)))).toBe(text);
    await expect(readCapped(file('over.txt', 'x'.repeat(1025)), 1024)).rejects.toThrow('it is 0.0 MB, larger than the 0.0 MB Parallax opens');
    expect((await readCapped(file('at.txt', 'x'.repeat(1024)), 1024)).length).toBe(1024);
  });
});

describe('encodings', () => {
  const russian = 'Переговоры возобновятся на следующей неделе, заявили официальные лица в пятницу после звонка.';
  const japanese = '政府は金曜日、九十分に及ぶ電話会談の後、来週に協議を再開すると発表した。共同声明は出されなかった。';

  it('a cut inside a UTF-8 sequence at the end drops that character, not the whole file to windows-1252', () => {
    const whole = `Café “talks” — ${russian}`;
    const bytes = Buffer.from(`${whole}…`);
    for (const cut of [1, 2]) {
      const decoded = decode(bytes.subarray(0, bytes.length - cut));
      expect(decoded).toEqual({ text: whole, encoding: 'utf-8' });
    }
    // Invalid bytes elsewhere still mean another encoding.
    expect(decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])).encoding).toBe('windows-1252');
  });

  it('honours a web page’s <meta charset> (windows-1251, Shift_JIS) and says so', async () => {
    const html = (charset: string, text: string) =>
      `<!doctype html><html><head><meta charset="${charset}"><title>T</title></head><body><article>${`<p>${text}</p>`.repeat(5)}</article></body></html>`;
    const ru = await outcome(file('ru.html', iconv.encode(html('windows-1251', russian), 'windows-1251')));
    expect(ru.article).toMatchObject({ encoding: 'windows-1251' });
    expect(ru.article?.text).toContain(russian);
    const jp = await outcome(file('jp.html', iconv.encode(html('Shift_JIS', japanese).replace('charset="Shift_JIS"', 'http-equiv="Content-Type" content="text/html; charset=Shift_JIS"'), 'shift_jis')));
    expect(jp.article).toMatchObject({ encoding: 'shift_jis' });
    expect(jp.article?.text).toContain(japanese);
  });

  it('detects windows-1251 and Shift_JIS text without a declaration or byte-order mark', async () => {
    const ru = await outcome(file('ru.txt', iconv.encode(`Переговоры\n\n${russian}\n\n${russian}`, 'windows-1251')));
    expect(ru.article).toMatchObject({ encoding: 'windows-1251', title: 'Переговоры' });
    expect(ru.article?.text).toContain(russian);
    const jp = await outcome(file('jp.md', iconv.encode(`# 協議再開へ\n\n${japanese}\n\n${japanese}`, 'shift_jis')));
    expect(jp.article).toMatchObject({ encoding: 'shift_jis', title: '協議再開へ' });
    expect(jp.article?.text).toContain(japanese);
  });
});

describe('web pages too large or deep for a DOM still give their text', () => {
  const expectArticle = (article: { title: string; text: string } | undefined) => {
    expect(article?.title).toBe('Talks to resume');
    expect(article?.text).toContain(`${PARAGRAPH} (7)`);
  };

  it('15,000 empty <div>s', async () => {
    expectArticle((await outcome(file('divs.html', page(ARTICLE + '<div></div>'.repeat(15_000))))).article);
  });

  it('1,000,000 <i></i> (7 MB)', async () => {
    expectArticle((await outcome(file('italics.html', page(ARTICLE + '<i></i>'.repeat(1_000_000))))).article);
  });

  it('an inline SVG of 200,000 <rect/>', async () => {
    expectArticle((await outcome(file('svg.html', page(`${ARTICLE}<svg>${'<rect x="1" y="1" width="2" height="2"/>'.repeat(200_000)}</svg>`)))).article);
  });

  it('100,000 nested elements', async () => {
    const nested = ARTICLE.replace('</article>', `${'<div>'.repeat(100_000)}deep inside${'</div>'.repeat(100_000)}</article>`);
    const { article } = await outcome(file('nested.html', page(nested)));
    expectArticle(article);
    expect(article?.text).toContain('deep inside');
  });

  it(`more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements with text, or deeper than ${MAX_HTML_DEPTH}: the page's text, block by block`, async () => {
    const many = await outcome(file('many.html', page(`<nav><a>Home</a></nav>${ARTICLE}${'<div><span>ad</span></div>'.repeat(MAX_HTML_ELEMENTS)}`)));
    expectArticle(many.article);
    expect(many.article?.text).not.toContain('Home');
    expect(many.article?.paragraphs.length).toBe(9);
  });

  it('2.4 million <p> (19 MB) is refused by the text limit, by name', async () => {
    expect((await outcome(file('paragraphs.html', page('<p>a</p>'.repeat(2_400_000))))).reason).toBe(
      'its text is more than the 2,000,000 characters Parallax opens',
    );
  });
});

describe('Markdown built to make regular expressions backtrack', () => {
  it('a heading of "# a" and 20,000 spaces', async () => {
    const { article } = await outcome(file('heading.md', `# a${' '.repeat(20_000)}\n\nThe body of the article.\n`));
    expect(article).toMatchObject({ title: 'a', text: 'a\n\nThe body of the article.' });
  });

  it('300,000 blank lines', async () => {
    const { article } = await outcome(file('blank.md', `# Title\n\nFirst paragraph.\n${'\n'.repeat(300_000)}Last paragraph.\n`));
    expect(article?.text).toBe('Title\n\nFirst paragraph.\n\nLast paragraph.');
  });

  it('lists and quotes nested 50,000 deep, and 100,000 open brackets', async () => {
    // Past markdown-it's nesting limit the rest of the list is left out: here all of it, so no text is left.
    expect((await outcome(file('lists.md', `${'- '.repeat(50_000)}item\n\nAfter.`))).reason).toBe('no article text was found in it');
    expect((await outcome(file('quotes.md', `${'> '.repeat(50_000)}quoted\n\nAfter.`))).article?.text).toContain('After.');
    expect((await outcome(file('brackets.md', `${'['.repeat(100_000)}a\n\nAfter.`))).article?.text).toContain('After.');
  });
});

describe('the pool: one file past its budget fails, named, and the rest load', () => {
  it('a file past the time budget is refused and its worker replaced', async () => {
    const pool = new LoaderPool({ size: 1, seconds: 0.001 });
    try {
      const slow = file('slow.html', page(ARTICLE + '<i></i>'.repeat(200_000)));
      const { articles, errors } = await loadArticleFiles([slow], pool);
      expect(articles).toEqual([]);
      expect(errors[0]?.reason).toBe('reading it took longer than the 0.001 seconds Parallax allows for one file');
    } finally {
      await pool.close();
    }
  });

  it('a file past the memory limit is refused and the next file loads in a new worker', async () => {
    const pool = new LoaderPool({ size: 1, memoryMb: 16 });
    try {
      const big = file('big.html', page(ARTICLE + `<p>${'word '.repeat(30)}</p>`.repeat(100_000)));
      const { articles, errors } = await loadArticleFiles([big, GOOD], pool);
      expect(errors.map((e) => [e.name, e.reason])).toEqual([['big.html', 'reading it needs more than the 16 MB of memory Parallax allows for one file']]);
      expect(articles.map((a) => a.file)).toEqual([GOOD]);
    } finally {
      await pool.close();
    }
  });
});

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, storyDocx, storyEml, storyFromSeed, storyMhtml, storyPdf } from '../electron/main/load/story-files';
import { findChromium } from './pdf';

const ROOT = resolve(__dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const BIN = join(ROOT, 'bin', 'parallax.cjs');
const BUNDLE = join(ROOT, 'out', 'main', 'cli.js');
const SEED_NAMES = ['000_b633181b32e3410d.txt', '001_ad910f024c7824ce.txt', '002_4323d673ccd73a1b.txt', '003_2f1919c27b564321.txt', '004_6d6e296701268718.txt'];

let work: string;
/** A module loaded with node --require that makes any require('electron') fail loudly. */
let noElectron: string;

beforeAll(() => {
  // These tests run the built CLI, as `npx parallax` does; build it when it is not there yet.
  if (!existsSync(BUNDLE)) spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  noElectron = join(work, 'no-electron.cjs');
  writeFileSync(
    noElectron,
    `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron' || request.startsWith('electron/')) throw new Error('the CLI required electron');
  return load.call(this, request, ...rest);
};`,
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--require', noElectron, BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every module specifier a built file requires, following the bundle's own chunks. */
function moduleGraph(entry: string): { files: string[]; specifiers: string[] } {
  const files: string[] = [];
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:require|import)\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s+["']([^"']+)["']/gu)) {
      const spec = m[1] ?? m[2]!;
      specifiers.add(spec);
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.endsWith('.js') ? spec : `${spec}.js`));
    }
  };
  visit(entry);
  return { files, specifiers: [...specifiers] };
}

describe('the CLI bundle', () => {
  it('never requires electron, directly or through a chunk it loads', () => {
    const { files, specifiers } = moduleGraph(BUNDLE);
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(specifiers.filter((s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
    // What it does load: Node built-ins, its own chunks and the libraries the loaders and engine use.
    expect(specifiers).toEqual(expect.arrayContaining(['node:fs/promises', 'sbd', 'sentiment']));
  });
});

describe('parallax report', { timeout: 60_000 }, () => {
  it('writes Markdown, JSON and CSV for the seeds to standard output and exits 0', () => {
    const md = cli(['report', '--format', 'md', SEEDS]);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Parallax comparison report\n/u);
    expect(md.stdout.match(/^### \d\. /gmu)).toHaveLength(5);
    expect(md.stdout).toContain('## Coverage');
    expect(md.stderr).toBe('');

    const json = cli(['report', '-f', 'json', ...SEED_NAMES.map((n) => join(SEEDS, n))]);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.schemaVersion).toBe(2);
    // File names only: a shared report does not carry the folders it was made in.
    expect(report.articles.map((a: { file: string }) => a.file)).toEqual(SEED_NAMES);
    expect(report.articles[0].highlights.length).toBeGreaterThan(0);
    expect(report.errors).toEqual([]);

    const csv = cli(['report', '--format=csv', SEEDS]);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^fact_id,kind,fact,told_by,/u);
    expect(lines).toHaveLength(report.facts.length + 1);
  });

  it('reads every supported format, and takes the supported files inside a folder', () => {
    const data = join(ROOT, 'e2e', 'data');
    const folder = join(work, 'folder');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'wire.json'), JSON.stringify({ title: 'Wire copy', source: 'Wire', text: 'Wire copy\n\nTalks resume in June, officials said.' }));
    writeFileSync(join(folder, 'notes.odt'), 'PK');
    writeFileSync(join(folder, '.hidden.txt'), 'A hidden file.');
    writeFileSync(join(folder, 'nested', 'deeper.txt'), 'Only files directly inside count.');
    const result = cli(['report', '--format', 'json', join(data, 'markets-react.md'), join(data, 'call-readout.html'), folder]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.articles.map((a: { name: string; title: string }) => [a.name, a.title])).toEqual([
      ['markets-react.md', 'Markets Steady as Washington and Beijing Agree to Talk Again'],
      ['call-readout.html', 'Leaders Hold Call on Trade and Rare Earths'],
      ['wire.json', 'Wire copy'],
    ]);
    expect(report.articles[2].source).toBe('Wire');
  });

  it('reads PDF, Word, saved web pages and e-mail like the app', async () => {
    const story = storyFromSeed(readFileSync(join(ROOT, 'seeds', '001_ad910f024c7824ce.txt'), 'utf8'), 'The Harbour Ledger');
    const files = { 'story.docx': await storyDocx(story), 'story.mhtml': storyMhtml(story), 'story.eml': storyEml(story) } as Record<string, Uint8Array | string>;
    if (chromiumPath()) files['story.pdf'] = await storyPdf(story);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
    const result = cli(['report', '--format', 'json', ...Object.keys(files)]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.articles.map((a: { name: string; title: string }) => [a.name, a.title])).toEqual(Object.keys(files).map((name) => [name, story.title]));
  }, 60_000);

  it('writes HTML (also by default, to parallax-report.html) and PDF files for the seeds', (ctx) => {
    const html = cli(['report', SEEDS]);
    expect(html.status).toBe(0);
    expect(html.stdout).toBe('');
    expect(html.stderr).toBe(`Wrote ${join(work, 'parallax-report.html')} (html, 5 articles).\n`);
    const page = readFileSync(join(work, 'parallax-report.html'), 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<article class="column"/gu)).toHaveLength(5);

    const out = join(work, 'seeds.htm');
    expect(cli(['report', '--out', out, SEEDS]).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);

    if (!findChromium()) ctx.skip();
    const pdf = cli(['report', '--out', 'seeds.pdf', SEEDS]);
    expect(pdf.status).toBe(0);
    const bytes = readFileSync(join(work, 'seeds.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  }, 60_000);

  it('exits 1 when some inputs cannot be read: the report covers the rest and names the failures', () => {
    writeFileSync(join(work, 'empty.txt'), '');
    writeFileSync(join(work, 'notes.odt'), 'PK');
    const result = cli(['report', '--format', 'json', SEEDS, 'empty.txt', 'missing.md', 'notes.odt']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.articles).toHaveLength(5);
    expect(report.errors).toEqual([
      { file: 'empty.txt', message: 'the file is empty' },
      { file: 'missing.md', message: 'the file does not exist (it may have been moved or deleted)' },
      { file: 'notes.odt', message: "'.odt' files are not supported (Parallax opens .txt, .text, .md, .markdown, .html, .htm, .json, .pdf, .docx, .mhtml, .mht, .eml)" },
    ]);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `parallax: skipped ${join(work, 'empty.txt')}: the file is empty`,
      `parallax: skipped ${join(work, 'missing.md')}: the file does not exist (it may have been moved or deleted)`,
      `parallax: skipped ${join(work, 'notes.odt')}: '.odt' files are not supported (Parallax opens .txt, .text, .md, .markdown, .html, .htm, .json, .pdf, .docx, .mhtml, .mht, .eml)`,
    ]);
  });

  it('exits 2 on usage errors, with the reason and the usage on stderr and nothing on stdout', () => {
    for (const [args, reason] of [
      [[], 'no command given'],
      [['compare', SEEDS], "unknown command 'compare'"],
      [['report'], 'no article files or folders given'],
      [['report', '--format', 'docx', SEEDS], "unknown format 'docx' (use html, pdf, md, json, csv)"],
      [['report', '--verbose', SEEDS], "Unknown option '--verbose'"],
      [['report', '--out'], "Option '-o, --out <value>' argument missing"],
    ] as const) {
      const result = cli([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(reason);
      expect(result.stderr).toContain('Usage: parallax report');
    }
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: parallax report');
  });

  it('exits 2 when no report can be made: no Chromium for a PDF, or an output folder that does not exist', () => {
    const pdf = cli(['report', '--format', 'pdf', '--out', 'x.pdf', SEEDS], { CHROMIUM_PATH: join(work, 'no-chromium') });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/^parallax: PDF reports need Chromium and none was found: install it .* or set CHROMIUM_PATH/u);
    expect(existsSync(join(work, 'x.pdf'))).toBe(false);

    const out = cli(['report', '--out', join(work, 'nowhere', 'r.md'), SEEDS]);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('parallax: r.md could not be saved: the folder does not exist\n');
  });

  it('runs as npm run report', () => {
    const result = spawnSync('npm', ['run', '--silent', 'report', '--', '--format', 'json', SEEDS], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).articles).toHaveLength(5);
  }, 30_000);
});

describe('the progress line', { timeout: 30_000 }, () => {
  it('appears on stderr only when stderr is a terminal, and is cleared before the output', async () => {
    const { main } = await import('./index');
    const run = async (isTTY: boolean) => {
      let out = '';
      let err = '';
      const code = await main(['report', '--format', 'md', SEEDS], {
        stdout: { write: (s: string | Uint8Array) => (out += String(s)) },
        stderr: { write: (s: string) => (err += s), isTTY },
        cwd: work,
      });
      return { code, out, err };
    };
    const terminal = await run(true);
    expect(terminal.code).toBe(0);
    expect(terminal.err).toContain('Analysing 5 articles…');
    expect(terminal.err.endsWith('\r\x1b[2K')).toBe(true);
    expect(terminal.out).not.toContain('Analysing');
    const piped = await run(false);
    expect(piped.err).toBe('');
    expect(piped.out).toBe(terminal.out.replace(/made .* UTC/u, piped.out.match(/made .* UTC/u)![0]));
  });
});

describe('reports never clobber, never read themselves, never leak', { timeout: 60_000 }, () => {
  const story = (what: string) => `Council votes on the budget\n\nThe city council voted on Monday to approve the budget of 4 million dollars, the mayor said. ${what}\n`;
  let n = 0;
  /** A fresh folder of three articles. */
  function folder(): string {
    const dir = join(work, `set-${++n}`);
    mkdirSync(dir);
    for (const name of ['story', 'other', 'third']) writeFileSync(join(dir, `${name}.md`), story(name));
    return dir;
  }
  async function run(args: string[], cwd = work): Promise<{ code: number; out: string; err: string }> {
    const { main } = await import('./index');
    let out = '';
    let err = '';
    const code = await main(args, { stdout: { write: (s: string | Uint8Array) => (out += String(s)) }, stderr: { write: (s: string) => (err += s) }, cwd });
    return { code, out, err };
  }

  it('refuses an --out that is one of the inputs, by any name (as `-o *.md` in an article folder would)', async () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'other.md'), 'utf8');
    const globbed = await run(['report', '-o', 'other.md', 'story.md', 'third.md', 'other.md'], dir);
    expect(globbed.code).toBe(2);
    expect(globbed.err).toBe('parallax: not writing the report: other.md is one of the articles this report reads; name another --out\n');
    symlinkSync(join(dir, 'story.md'), join(dir, 'alias.md'));
    expect((await run(['report', '--out', 'alias.md', 'story.md', 'other.md', '--force'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(story('story'));
  });

  it('replaces an earlier report, but a file that is not one only with --force', async () => {
    const dir = folder();
    writeFileSync(join(dir, '..', `notes-${n}.md`), 'my own notes');
    const notes = join(dir, '..', `notes-${n}.md`);
    const refused = await run(['report', '--out', notes, dir]);
    expect([refused.code, refused.err]).toEqual([2, `parallax: not writing the report: notes-${n}.md already exists and is not a Parallax report; pass --force to replace it\n`]);
    expect(readFileSync(notes, 'utf8')).toBe('my own notes');
    expect((await run(['report', '--out', notes, '--force', dir])).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^# Parallax comparison report/u);
    for (const format of ['md', 'json', 'csv', 'html'] as const) {
      const out = join(dir, '..', `again-${n}.${format}`);
      expect((await run(['report', '--out', out, dir])).code).toBe(0);
      expect((await run(['report', '--out', out, dir])).code, format).toBe(0);
    }
  });

  it('writes to standard output with -o -, and into a character device in place', async () => {
    const dir = folder();
    const piped = await run(['report', '-o', '-', '.'], dir);
    expect(piped.code).toBe(0);
    expect(piped.out).toMatch(/^<!doctype html>/u);
    expect(existsSync(join(dir, 'parallax-report.html'))).toBe(false);
    expect((await run(['report', '--out', '/dev/null', dir])).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('run twice in a folder, or into it, reads the same articles: its own reports are passed over by name', async () => {
    const dir = folder();
    const first = await run(['report', '.'], dir);
    const second = await run(['report', '.'], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.err).toContain('parallax: passed over ');
    expect(second.err).toContain('parallax-report.html: it is the file this report is being written to');
    const into = async () => JSON.parse((await run(['report', '--format', 'json', '--out', join(dir, 'r.json'), dir])).out || readFileSync(join(dir, 'r.json'), 'utf8'));
    expect((await into()).articles).toHaveLength(3);
    expect((await into()).articles).toHaveLength(3);
    writeFileSync(join(dir, 'old.md'), (await run(['report', '--format', 'md', dir])).out);
    const md = await run(['report', '--format', 'md', dir]);
    expect(md.out).toContain('3 articles');
    expect(md.err).toContain('old.md: it is a report Parallax wrote, not an article');
  });

  it('skips a link that leads out of the folder, and names it', async () => {
    const dir = folder();
    writeFileSync(join(work, `id_ed25519-${n}.txt`), '-----BEGIN OPENSSH PRIVATE KEY----- SECRETKEYMATERIAL');
    symlinkSync(join(work, `id_ed25519-${n}.txt`), join(dir, 'story2.txt'));
    const result = await run(['report', '--format', 'json', dir]);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('SECRETKEYMATERIAL');
    expect(JSON.parse(result.out).errors).toEqual([{ file: 'story2.txt', message: expect.stringContaining('a link to a file outside this folder') }]);
    expect(result.err).toContain(`skipped ${join(dir, 'story2.txt')}: it is a link to a file outside this folder`);
  });

  it('names files by file name in every format, and by full path only with --full-paths', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.md'), '');
    for (const format of ['json', 'md', 'csv', 'html']) {
      const { out } = await run(['report', '--format', format, '-o', '-', dir]);
      expect(out, format).not.toContain(work);
      expect(out, format).toContain('story.md');
    }
    const full = await run(['report', '--format', 'json', '--full-paths', dir]);
    const report = JSON.parse(full.out);
    expect(report.articles[0].file).toBe(join(dir, 'other.md'));
    expect(report.errors[0].file).toBe(join(dir, 'empty.md'));
  });

  it('escapes control and bidirectional characters in every message', async () => {
    const dir = folder();
    const evil = 'evil\x1b]0;pwned\x07\x1b[31mred\nWrote fake.html\u202Etxt.md';
    writeFileSync(join(dir, evil), '');
    const { err } = await run(['report', '--format', 'md', dir]);
    for (const raw of ['\x1b', '\x07', '\u202e']) expect(err).not.toContain(raw);
    expect(err.split('\n').filter(Boolean)).toEqual([
      `parallax: skipped ${join(dir, 'evil')}\\u{1b}]0;pwned\\u{7}\\u{1b}[31mred\\u{a}Wrote fake.html\\u{202e}txt.md: the file is empty`,
    ]);
    const usage = await run(['report', '--format', 'x\x1b[2J', dir]);
    expect(usage.err).toContain("unknown format 'x\\u{1b}[2J'");
  });

  it('applies the app’s limits: files per report, articles per set and words per set, each by name', async () => {
    const many = join(work, `many-${++n}`);
    mkdirSync(many);
    for (let i = 0; i < 251; i++) writeFileSync(join(many, `a${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\nThe council voted ${i} times.`);
    expect(await run(['report', '--format', 'csv', many])).toMatchObject({ code: 2, err: 'parallax: 251 articles given; Parallax compares at most 250 in one set\n', out: '' });
    for (let i = 251; i < 501; i++) writeFileSync(join(many, `a${i}.txt`), `Story ${i}\n\nThe council voted.`);
    expect(await run(['report', '--format', 'csv', many])).toMatchObject({ code: 2, err: 'parallax: 501 files given; Parallax reads at most 500 in one report\n' });

    const long = join(work, `long-${++n}`);
    mkdirSync(long);
    const paragraph = `${'The council voted on the budget again today. '.repeat(20)}\n\n`;
    for (const name of ['a', 'b', 'c']) writeFileSync(join(long, `${name}.txt`), `Long story ${name}\n\n${paragraph.repeat(450)}`);
    const words = await run(['report', '--format', 'csv', long]);
    expect(words.code).toBe(2);
    expect(words.err).toMatch(/^parallax: the articles hold 216,0\d\d words together, more than the 200,000 Parallax compares in one set/u);
  });

  it('writes a report under the longest legal name, and cleans what a killed earlier write left', async () => {
    const dir = folder();
    const name = `${'a'.repeat(245)}.md`;
    expect((await run(['report', '--out', join(dir, '..', name), dir])).code).toBe(0);
    writeFileSync(join(dir, '.r.html.0123456789ab.tmp'), 'half');
    expect((await run(['report', '--out', join(dir, 'r.html'), dir])).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

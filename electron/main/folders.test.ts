import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../report/model';
import { renderHtml } from '../../report/html';
import { renderJson } from '../../report/json';
import { renderMarkdown } from '../../report/markdown';
import { expandFolder, isParallaxReport } from './folders';
import { loadArticleFiles } from './loader';

const root = mkdtempSync(join(tmpdir(), 'parallax-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `f${++n}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const story = (what: string) => `Council votes\n\nThe council voted on Monday on ${what}, the mayor said.`;
const names = (paths: string[]) => paths.map((p) => p.slice(p.lastIndexOf('/') + 1));

describe('expandFolder', () => {
  it('lists the supported files in name order, passing over hidden files, sub-folders and other extensions', async () => {
    const dir = folder({ 'b.md': story('b'), 'a.txt': story('a'), '.hidden.txt': story('h'), 'photo.png': 'x', 'c.html': `<p>${story('c')}</p>` });
    mkdirSync(join(dir, 'sub.txt'));
    const { files, skipped } = await expandFolder(dir);
    expect(names(files)).toEqual(['a.txt', 'b.md', 'c.html']);
    expect(skipped).toEqual([]);
  });

  it('skips, by name, a link whose real path leaves the folder, and keeps a link to a file inside it once', async () => {
    const outside = folder({ 'id_ed25519.txt': '-----BEGIN OPENSSH PRIVATE KEY-----' });
    const dir = folder({ 'story.txt': story('a') });
    symlinkSync(join(outside, 'id_ed25519.txt'), join(dir, 'story2.txt'));
    symlinkSync(join(dir, 'story.txt'), join(dir, 'story-again.txt'));
    symlinkSync(outside, join(dir, 'escape'));
    const { files, skipped } = await expandFolder(dir);
    expect(names(files)).toEqual(['story-again.txt']);
    expect(skipped).toEqual([
      { file: join(dir, 'story2.txt'), name: 'story2.txt', reason: expect.stringContaining('it is a link to a file outside this folder') },
    ]);
  });

  it('skips reports Parallax wrote in every format it reads back, and keeps articles that merely mention Parallax', async () => {
    const loaded = await loadArticleFiles([join(folder({ 'a.txt': story('a') }), 'a.txt')]);
    const report = buildReport(loaded);
    const dir = folder({
      'parallax-report.html': renderHtml(report),
      'r.md': renderMarkdown(report),
      'r.json': renderJson(report),
      'about.md': '# Parallax comparison report\n'.replace('# ', 'A headline: ') + story('Parallax'),
      'article.txt': story('the Parallax app'),
    });
    const { files, skipped, passedOver } = await expandFolder(dir);
    expect(names(files)).toEqual(['about.md', 'article.txt']);
    expect(skipped).toEqual([]);
    expect(passedOver.map((s) => [s.name, s.reason])).toEqual([
      ['parallax-report.html', 'it is a report Parallax wrote, not an article'],
      ['r.json', 'it is a report Parallax wrote, not an article'],
      ['r.md', 'it is a report Parallax wrote, not an article'],
    ]);
  });

  it('always leaves out the file the report is written to, by whichever path it is named', async () => {
    const dir = folder({ 'a.txt': story('a'), 'out.md': 'notes written by hand' });
    const { files, passedOver } = await expandFolder(dir, [join(dir, '..', `f${n}`, 'out.md')]);
    expect(names(files)).toEqual(['a.txt']);
    expect(passedOver).toEqual([{ file: join(dir, 'out.md'), name: 'out.md', reason: 'it is the file this report is being written to' }]);
  });

  it('never opens a FIFO while looking for reports (the loader refuses it by name)', async () => {
    const dir = folder({ 'a.txt': story('a') });
    spawnSync('mkfifo', [join(dir, 'b.txt')]);
    const { files } = await expandFolder(dir);
    expect(names(files)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('isParallaxReport', () => {
  it('knows the marks of each format and nothing else', () => {
    expect(isParallaxReport('<!doctype html><html><head><meta charset="utf-8">\n<meta name="generator" content="Parallax">')).toBe(true);
    expect(isParallaxReport('# Parallax comparison report\n\n2 articles')).toBe(true);
    expect(isParallaxReport('{\n  "schemaVersion": 1,\n  "generator": "Parallax",')).toBe(true);
    expect(isParallaxReport('fact_id,kind,fact,told_by,A (a.txt)\r\n')).toBe(true);
    expect(isParallaxReport('{"title": "Parallax", "text": "generator: Parallax"}')).toBe(false);
    expect(isParallaxReport('Why Parallax comparison reports matter')).toBe(false);
  });
});

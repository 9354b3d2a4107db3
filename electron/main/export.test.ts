import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../engine/index';
import type { ExportRequest, ExportResult, InitialArticles, LoadedArticle, Result } from '../contract';

import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron.module);

const { setupIpc } = await import('./ipc');

const SEEDS = resolve(__dirname, '../../seeds');
const APP_URL = 'app://parallax/index.html';
const trusted = { sender: electron.ownContents, senderFrame: { url: APP_URL, parent: null } };

let dir: string;
let ids: string[];
let loaded: LoadedArticle[];

/** What the renderer sends: the articles of `columns` in that order, and their comparison without tokens. */
function shown(format: string, columns: readonly string[] = ids, extra: Partial<ExportRequest> = {}): ExportRequest {
  const articles = columns.map((id) => loaded.find((a) => a.id === id)!);
  const comparison = analyze(articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name })));
  return {
    format: format as ExportRequest['format'],
    articles: articles.map(({ id, name, title, text, wordCount }) => ({ id, name, title, text, wordCount })),
    comparison: { ...comparison, articles: comparison.articles.map((a) => ({ ...a, sentences: a.sentences.map(({ tokens: _t, ...s }) => s) })) },
    ...extra,
  };
}

async function call<T>(channel: string, event: unknown, ...args: unknown[]): Promise<Result<T>> {
  return (await electron.handlers.get(channel)!(event, ...args)) as Result<T>;
}

/** What is in the test folder besides the profile. */
function written(): string[] {
  return readdirSync(dir)
    .filter((name) => name !== 'profile')
    .sort();
}

function answerSave(filePath: string | undefined) {
  electron.showSaveDialog.mockResolvedValueOnce(filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' });
}

beforeEach(async () => {
  electron.handlers.clear();
  electron.showSaveDialog.mockReset();
  electron.windows.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
  setupIpc({ isTrustedUrl: (url) => url.startsWith('app://parallax/'), launchFiles: [], seedsDir: SEEDS, userDataDir: join(dir, 'profile') });
  const initial = await call<InitialArticles>('articles:initial', trusted);
  loaded = initial.ok ? initial.value.articles : [];
  ids = loaded.map((a) => a.id);
  expect(ids).toHaveLength(5);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('report:export', () => {
  it('asks where to save, offering the requested format first, and writes the report there', async () => {
    answerSave(join(dir, 'story.html'));
    const result = await call<ExportResult>('report:export', trusted, shown('html'));
    expect(result).toEqual({ ok: true, value: { file: join(dir, 'story.html') } });
    const [win, options] = electron.showSaveDialog.mock.calls[0]!;
    expect(win).toBe(electron.ownWindow);
    expect(options.defaultPath).toBe('parallax-report.html');
    expect(options.filters.map((f: { extensions: string[] }) => f.extensions[0])).toEqual(['html', 'pdf', 'md', 'json', 'csv']);
    expect(options.properties).toContain('showOverwriteConfirmation');
    const html = readFileSync(join(dir, 'story.html'), 'utf8');
    expect(html.match(/<article class="column"/gu)).toHaveLength(5);
    expect(written()).toEqual(['story.html']);
  });

  it('writes the format of the extension the reader chose, and adds the extension when none was typed', async () => {
    answerSave(join(dir, 'data.json'));
    await call('report:export', trusted, shown('html', ids.slice(0, 2)));
    const json = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
    expect(json.schemaVersion).toBe(2);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2));

    answerSave(join(dir, 'summary'));
    const md = await call<ExportResult>('report:export', trusted, shown('md'));
    expect(md.ok && md.value.file).toBe(join(dir, 'summary.md'));
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^# Parallax comparison report/u);

    answerSave(join(dir, 'matrix.csv'));
    await call('report:export', trusted, shown('md'));
    expect(readFileSync(join(dir, 'matrix.csv'), 'utf8')).toMatch(/^fact_id,kind,fact,told_by,/u);
  });

  it('shows the marks of the categories the reader has on', async () => {
    answerSave(join(dir, 'hedges.html'));
    await call('report:export', trusted, shown('html', ids, { categories: ['hedge'] }));
    const html = readFileSync(join(dir, 'hedges.html'), 'utf8');
    expect(html).toContain('<mark class="m m-hedge');
    expect(html).not.toContain('<mark class="m m-loaded"');
    const bad = await call('report:export', trusted, { ...shown('html'), categories: ['gossip'] });
    expect(bad.ok).toBe(false);
  });

  it('prints PDF in a hidden, sandboxed window with JavaScript off, and closes it', async () => {
    answerSave(join(dir, 'story.pdf'));
    const result = await call<ExportResult>('report:export', trusted, shown('pdf'));
    expect(result.ok).toBe(true);
    expect(readFileSync(join(dir, 'story.pdf'), 'latin1')).toBe('%PDF-1.7 stand-in');
    expect(electron.windows).toHaveLength(1);
    const [win] = electron.windows;
    expect(win!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
    });
    expect(win!.options['webPreferences']).not.toHaveProperty('preload');
    expect(win!.url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(win!.url.split(',')[1]!, 'base64').toString('utf8')).toMatch(/^<!doctype html>/u);
    expect(win!.destroyed).toBe(true);
  });

  it('refuses to print HTML too long for a data: URL, and says what to do instead', async () => {
    const { printWithElectron } = await import('./export');
    await expect(printWithElectron(`<p>${'x'.repeat(1_600_000)}</p>`)).rejects.toThrow(
      'This report is too large to print to PDF. Export it as HTML and print that from a browser instead.',
    );
    expect(electron.windows).toHaveLength(0);
  });

  it('writes what the window shows, in its column order, without reading or analysing the files again', async () => {
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(join(SEEDS, '000_b633181b32e3410d.txt')));
    const dropped = await call<InitialArticles>('articles:open-dropped', trusted, [{ path: copy, name: 'copy.txt' }]);
    loaded.push(...(dropped.ok ? dropped.value.articles : []));
    const copyId = loaded.at(-1)!.id;
    // The file is gone since it was opened: the window still shows it, so the report has it.
    rmSync(copy);
    const request = shown('json', [ids[1]!, copyId, ids[0]!]);
    // The report carries the comparison it was sent, not one main worked out again.
    request.comparison.articles[0]!.sentiment = { score: 42, comparative: 0.5 };
    answerSave(join(dir, 'story.json'));
    const result = await call<ExportResult>('report:export', trusted, request);
    expect(result).toEqual({ ok: true, value: { file: join(dir, 'story.json') } });
    const json = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual([ids[1], copyId, ids[0]]);
    expect(json.articles[0].sentiment).toEqual({ score: 42, comparative: 0.5 });
    // Each file path is the one main loaded the article from.
    expect(json.articles[1].file).toBe(copy);
    expect(json.errors).toEqual([]);
  });

  it('shows the Save dialog on its own when the window closed meanwhile', async () => {
    electron.ownWindow.destroyed = true;
    try {
      answerSave(join(dir, 'alone.csv'));
      const result = await call<ExportResult>('report:export', trusted, shown('csv'));
      expect(result).toEqual({ ok: true, value: { file: join(dir, 'alone.csv') } });
      expect(electron.showSaveDialog.mock.calls[0]).toHaveLength(1);
    } finally {
      electron.ownWindow.destroyed = false;
    }
  });

  it('writes nothing when the reader cancels', async () => {
    answerSave(undefined);
    expect(await call('report:export', trusted, shown('csv'))).toEqual({ ok: true, value: null });
    expect(written()).toEqual([]);
  });

  it('says why when the folder is read-only, and leaves no file', async (ctx) => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'report.html'), 'old');
    const root = process.getuid?.() === 0;
    if (root ? spawnSync('chattr', ['+i', locked]).status !== 0 : (chmodSync(locked, 0o555), false)) ctx.skip();
    try {
      answerSave(join(locked, 'report.html'));
      const result = await call('report:export', trusted, shown('html'));
      expect(result).toEqual({
        ok: false,
        error: 'report.html could not be saved: Parallax may not write there (the folder is read-only or belongs to someone else)',
      });
    } finally {
      if (root) spawnSync('chattr', ['-i', locked]);
      else chmodSync(locked, 0o755);
    }
    expect(readdirSync(locked)).toEqual(['report.html']);
    expect(readFileSync(join(locked, 'report.html'), 'utf8')).toBe('old');
  });

  it('refuses articles main never opened, a comparison of other articles, bad arguments and other senders', async () => {
    const good = shown('html');
    const stranger = { ...good.articles[0]!, id: '0123456789ab' };
    const unknown = await call('report:export', trusted, {
      ...good,
      articles: [stranger],
      comparison: { ...good.comparison, articles: [{ ...good.comparison.articles[0]!, id: stranger.id }] },
    });
    expect(unknown).toEqual({ ok: false, error: `Nothing was exported: ${stranger.name} is not an article Parallax opened.` });
    const swapped = { ...good, comparison: { ...good.comparison, articles: [...good.comparison.articles].reverse() } };
    expect(await call('report:export', trusted, swapped)).toEqual({
      ok: false,
      error: 'refused report:export: the comparison is not of the articles sent with it',
    });
    for (const bad of [
      { ...good, format: 'exe' },
      { ...good, articles: good.articles.map((a, i) => (i === 0 ? { ...a, id: '../../etc/passwd' } : a)) },
      { ...good, articles: [], comparison: { ...good.comparison, articles: [] } },
      { ...good, path: '/tmp/x.html' },
      { ...good, articles: good.articles.map((a, i) => (i === 0 ? { ...a, file: '/etc/passwd' } : a)) },
      { ...good, articles: good.articles.map((a, i) => (i === 0 ? { ...a, text: 'x'.repeat(2_000_001) } : a)) },
      { ...good, comparison: { ...good.comparison, facts: 'none' } },
      { format: 'html', articleIds: ids },
    ]) {
      const result = await call('report:export', trusted, bad);
      expect(result.ok, JSON.stringify(bad).slice(0, 120)).toBe(false);
    }
    const other = await call('report:export', { sender: { id: 2 }, senderFrame: { url: APP_URL, parent: null } }, good);
    expect(other.ok).toBe(false);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
    expect(existsSync(join(dir, 'parallax-report.html'))).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportResult, InitialArticles, Result } from '../contract';

import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron.module);

const { setupIpc } = await import('./ipc');

const SEEDS = resolve(__dirname, '../../seeds');
const APP_URL = 'app://parallax/index.html';
const trusted = { sender: electron.ownContents, senderFrame: { url: APP_URL, parent: null } };

let dir: string;
let ids: string[];

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
  ids = initial.ok ? initial.value.articles.map((a) => a.id) : [];
  expect(ids).toHaveLength(5);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('report:export', () => {
  it('asks where to save, offering the requested format first, and writes the report there', async () => {
    answerSave(join(dir, 'story.html'));
    const result = await call<ExportResult>('report:export', trusted, { format: 'html', articleIds: ids });
    expect(result).toEqual({ ok: true, value: { file: join(dir, 'story.html'), skipped: [] } });
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
    await call('report:export', trusted, { format: 'html', articleIds: ids.slice(0, 2) });
    const json = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
    expect(json.schemaVersion).toBe(2);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2));

    answerSave(join(dir, 'summary'));
    const md = await call<ExportResult>('report:export', trusted, { format: 'md', articleIds: ids });
    expect(md.ok && md.value.file).toBe(join(dir, 'summary.md'));
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^# Parallax comparison report/u);

    answerSave(join(dir, 'matrix.csv'));
    await call('report:export', trusted, { format: 'md', articleIds: ids });
    expect(readFileSync(join(dir, 'matrix.csv'), 'utf8')).toMatch(/^fact_id,kind,fact,told_by,/u);
  });

  it('shows the marks of the categories the reader has on', async () => {
    answerSave(join(dir, 'hedges.html'));
    await call('report:export', trusted, { format: 'html', articleIds: ids, categories: ['hedge'] });
    const html = readFileSync(join(dir, 'hedges.html'), 'utf8');
    expect(html).toContain('<mark class="m m-hedge');
    expect(html).not.toContain('<mark class="m m-loaded"');
    const bad = await call('report:export', trusted, { format: 'html', articleIds: ids, categories: ['gossip'] });
    expect(bad.ok).toBe(false);
  });

  it('prints PDF in a hidden, sandboxed window with JavaScript off, and closes it', async () => {
    answerSave(join(dir, 'story.pdf'));
    const result = await call<ExportResult>('report:export', trusted, { format: 'pdf', articleIds: ids });
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

  it('leaves out an article whose file is gone since it was opened, and says which', async () => {
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(join(SEEDS, '000_b633181b32e3410d.txt')));
    const dropped = await call<InitialArticles>('articles:open-dropped', trusted, [{ path: copy, name: 'copy.txt' }]);
    const copyId = dropped.ok ? dropped.value.articles[0]!.id : '';
    rmSync(copy);
    answerSave(join(dir, 'story.json'));
    const result = await call<ExportResult>('report:export', trusted, { format: 'json', articleIds: [copyId, ...ids.slice(0, 2)] });
    expect(result).toEqual({
      ok: true,
      value: { file: join(dir, 'story.json'), skipped: [{ file: copy, name: 'copy.txt', reason: 'the file does not exist (it may have been moved or deleted)' }] },
    });
    const json = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2));
    expect(json.errors).toEqual([{ file: 'copy.txt', message: 'the file does not exist (it may have been moved or deleted)' }]);
  });

  it('writes nothing when the reader cancels', async () => {
    answerSave(undefined);
    expect(await call('report:export', trusted, { format: 'csv', articleIds: ids })).toEqual({ ok: true, value: null });
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
      const result = await call('report:export', trusted, { format: 'html', articleIds: ids });
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

  it('refuses ids main never loaded, bad arguments and other senders', async () => {
    const unknown = await call('report:export', trusted, { format: 'html', articleIds: ['0123456789ab'] });
    expect(unknown).toEqual({ ok: false, error: 'There is nothing to export: open some articles first.' });
    for (const bad of [
      { format: 'exe', articleIds: ids },
      { format: 'html', articleIds: ['../../etc/passwd'] },
      { format: 'html', articleIds: [] },
      { format: 'html', articleIds: Array.from({ length: 251 }, () => ids[0]) },
      { format: 'html', articleIds: ids, path: '/tmp/x.html' },
    ]) {
      const result = await call('report:export', trusted, bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
    }
    const stranger = await call('report:export', { sender: { id: 2 }, senderFrame: { url: APP_URL, parent: null } }, { format: 'html', articleIds: ids });
    expect(stranger.ok).toBe(false);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
    expect(existsSync(join(dir, 'parallax-report.html'))).toBe(false);
  });
});

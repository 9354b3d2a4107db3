import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { argumentSchemas, type LoadResult, type Result } from '../contract';

import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron.module);

const { setupIpc } = await import('./ipc');
const { createMainWindow } = await import('./window');

const SEEDS = resolve(__dirname, '../../seeds');
const APP_URL = 'app://parallax/index.html';

function trustedEvent(url = APP_URL, contents: unknown = electron.ownContents, parent: unknown = null) {
  return { sender: contents, senderFrame: { url, parent } };
}

async function call(channel: string, event: unknown, ...args: unknown[]): Promise<Result<LoadResult & { view?: unknown }>> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(event, ...args)) as Result<LoadResult & { view?: unknown }>;
}

async function names(channel: string, ...args: unknown[]): Promise<string[]> {
  const result = await call(channel, trustedEvent(), ...args);
  if (!result.ok) throw new Error(result.error);
  return result.value.articles.map((a) => a.name);
}

let userDataDir: string;

function start(launchFiles: string[] = []): void {
  electron.handlers.clear();
  setupIpc({ isTrustedUrl: (url) => url.startsWith('app://parallax/'), launchFiles, seedsDir: SEEDS, userDataDir });
}

beforeEach(() => {
  electron.showOpenDialog.mockReset();
  userDataDir = mkdtempSync(join(tmpdir(), 'parallax-ipc-'));
  start();
});

describe('IPC handlers', () => {
  it('registers a handler for every channel of the contract, and no other', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.keys(argumentSchemas).sort());
  });

  it('opens the sample set when no files were given', async () => {
    const result = await call('articles:initial', trustedEvent());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.articles.map((a) => a.name)).toEqual([
      '000_b633181b32e3410d.txt',
      '001_ad910f024c7824ce.txt',
      '002_4323d673ccd73a1b.txt',
      '003_2f1919c27b564321.txt',
      '004_6d6e296701268718.txt',
    ]);
  });

  it('refuses a sender that is not the app window, another origin, or a subframe', async () => {
    for (const event of [
      trustedEvent(APP_URL, { id: 99 }),
      trustedEvent('https://example.com/'),
      trustedEvent('file:///etc/passwd'),
      trustedEvent(APP_URL, electron.ownContents, { url: APP_URL }),
      { sender: electron.ownContents, senderFrame: null },
    ]) {
      const result = await call('articles:initial', event);
      expect(result).toEqual({ ok: false, error: "refused articles:initial: the request did not come from Parallax's own window" });
    }
  });

  it('refuses arguments that do not match the contract', async () => {
    const bad = await call('articles:open-dropped', trustedEvent(), [{ path: 42, name: 'x' }]);
    expect(bad.ok).toBe(false);
    const extra = await call('articles:open-dropped', trustedEvent(), [{ path: '/x', name: 'x', evil: true }]);
    expect(extra.ok).toBe(false);
    const tooMany = await call('articles:open-dropped', trustedEvent(), Array.from({ length: 501 }, () => ({ path: '/x', name: 'x' })));
    expect(tooMany.ok).toBe(false);
  });

  it('loads dropped files, naming the ones that fail and the ones with no path on disk', async () => {
    const result = await call('articles:open-dropped', trustedEvent(), [
      { path: join(SEEDS, '002_4323d673ccd73a1b.txt'), name: '002_4323d673ccd73a1b.txt' },
      { path: join(SEEDS, 'nope.txt'), name: 'nope.txt' },
      { path: '', name: 'from-browser.txt' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.articles.map((a) => a.name)).toEqual(['002_4323d673ccd73a1b.txt']);
    expect(result.value.errors.map((e) => [e.name, e.reason])).toEqual([
      ['from-browser.txt', 'it is not a file on this computer (drop files from a folder)'],
      ['nope.txt', 'the file does not exist (it may have been moved or deleted)'],
    ]);
  });

  it('loads a dropped folder as the article files inside it, as the command line does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parallax-drop-'));
    writeFileSync(join(folder, 'b.txt'), 'Second article text about the storm.');
    writeFileSync(join(folder, 'a.md'), 'First article text about the storm.');
    writeFileSync(join(folder, 'notes.xyz'), 'not an article');
    writeFileSync(join(folder, 'report.md'), '# Parallax comparison report\n\n2 articles');
    const empty = mkdtempSync(join(tmpdir(), 'parallax-empty-'));
    const result = await call('articles:open-dropped', trustedEvent(), [
      { path: folder, name: 'folder' },
      { path: empty, name: 'empty' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.articles.map((a) => a.name)).toEqual(['a.md', 'b.txt']);
    expect(result.value.errors.map((e) => e.reason)).toEqual([
      'the folder holds no article files (.txt, .md, .html, .json, .pdf, .docx, .mhtml, .eml)',
    ]);
  });

  it('shows a multi-select Open dialog on the sender window and loads the picked files', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(SEEDS, '004_6d6e296701268718.txt')] });
    const result = await call('articles:open-dialog', trustedEvent());
    expect(electron.showOpenDialog).toHaveBeenCalledOnce();
    const [win, options] = electron.showOpenDialog.mock.calls[0]!;
    expect(win).toBe(electron.ownWindow);
    expect(options.properties).toEqual(
      process.platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    );
    expect(options.filters[0].extensions).toEqual(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'json', 'pdf', 'docx', 'mhtml', 'mht', 'eml']);
    expect(result.ok && result.value.articles.map((a) => a.name)).toEqual(['004_6d6e296701268718.txt']);
  });

  it('loads nothing when the dialog is cancelled', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('articles:open-dialog', trustedEvent())).toEqual({ ok: true, value: { articles: [], errors: [] } });
  });
});

describe('the session', () => {
  it('saves the open set and view, and gives them back after a renderer reload and after a restart', async () => {
    const initial = await call('articles:initial', trustedEvent());
    if (!initial.ok) throw new Error(initial.error);
    expect(initial.value.view).toBeNull();
    const [first, , third] = initial.value.articles;
    const view = { hidden: [third!.id], legend: { hedge: false } };
    expect(await call('session:update', trustedEvent(), { articleIds: [third!.id, first!.id], view })).toEqual({ ok: true, value: { saved: true } });

    // The renderer reloads (e.g. after a crash): the same main process hands back the set it had.
    const reloaded = await call('articles:initial', trustedEvent());
    expect(reloaded.ok && [reloaded.value.articles.map((a) => a.id), reloaded.value.view]).toEqual([[third!.id, first!.id], view]);

    // A new main process (restart, or after a crash) reads it from userData.
    expect(JSON.parse(readFileSync(join(userDataDir, 'session.json'), 'utf8'))).toEqual({
      version: 2,
      files: [third!.file, first!.file],
      view,
    });
    start();
    expect(await names('articles:initial')).toEqual(['002_4323d673ccd73a1b.txt', '000_b633181b32e3410d.txt']);
  });

  it('adds files given on the command line to the saved session, and can restore the set before', async () => {
    const initial = await call('articles:initial', trustedEvent());
    if (!initial.ok) throw new Error(initial.error);
    await call('session:update', trustedEvent(), { articleIds: [initial.value.articles[0]!.id], view: null });
    start([join(SEEDS, '004_6d6e296701268718.txt')]);
    expect(await names('articles:initial')).toEqual(['000_b633181b32e3410d.txt', '004_6d6e296701268718.txt']);
    expect(await call('session:restore-previous', trustedEvent())).toEqual({ ok: true, value: { restored: true } });
    expect(await names('articles:initial')).toEqual(['000_b633181b32e3410d.txt']);
  });

  it('ignores ids it never loaded and refuses malformed updates', async () => {
    await call('articles:initial', trustedEvent());
    expect((await call('session:update', trustedEvent(), { articleIds: ['0123456789ab'], view: null })).ok).toBe(true);
    expect((await call('session:update', trustedEvent(), { articleIds: ['../../etc/passwd'], view: null })).ok).toBe(false);
    expect((await call('session:update', trustedEvent(), { articleIds: [], view: 'x'.repeat(300_000) })).ok).toBe(false);
    // An empty saved set opens the sample set.
    start();
    expect(await names('articles:initial')).toHaveLength(5);
  });
});

describe('the main window', () => {
  it('is created with the security defaults written out', () => {
    electron.windows.length = 0;
    createMainWindow(APP_URL, '/app/out/preload/index.js');
    expect(electron.windows).toHaveLength(1);
    const options = electron.windows[0]!.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('reloads after a renderer crash, but not after a clean exit, and shows a message page after three crashes in a minute', () => {
    const win = createMainWindow(APP_URL, '/p.js') as unknown as {
      reload: ReturnType<typeof vi.fn>;
      url: string;
      crash(reason: string): void;
    };
    expect(win.url).toBe(APP_URL);
    win.crash('clean-exit');
    expect(win.reload).not.toHaveBeenCalled();
    win.crash('crashed');
    win.crash('killed');
    win.crash('oom');
    expect(win.reload).toHaveBeenCalledTimes(3);
    win.crash('crashed');
    expect(win.reload).toHaveBeenCalledTimes(3);
    const shown = win.url;
    expect(shown.startsWith('data:text/html')).toBe(true);
    const page = decodeURIComponent(shown.slice(shown.indexOf(',') + 1));
    expect(page).toContain('Parallax stopped drawing its window');
    // No script on the message page, and a way back to the app.
    expect(page).not.toMatch(/<script/iu);
    expect(page).toContain(`href="${APP_URL}"`);
  });
});

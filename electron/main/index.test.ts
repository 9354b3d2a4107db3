import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../contract';

/** Electron as the main process sees it: app events, windows with their pages, IPC, the menu. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, fn: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), fn]);
        return this;
      },
      once(name: string, fn: Listener) {
        return this.on(name, fn);
      },
      emit(name: string, ...args: unknown[]) {
        for (const fn of listeners.get(name) ?? []) fn(...args);
      },
    };
  };
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const windows: FakeWindow[] = [];
  class FakeWindow {
    destroyed = false;
    events = emitter();
    webContents = Object.assign(emitter(), { sent: [] as [string, unknown][], send: (c: string, p: unknown) => void this.webContents.sent.push([c, p]) });
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    static fromWebContents(contents: unknown) {
      return windows.find((w) => w.webContents === contents && !w.destroyed) ?? null;
    }
    on(name: string, fn: Listener) {
      this.events.on(name, fn);
      return this;
    }
    once(name: string, fn: Listener) {
      this.events.on(name, fn);
      return this;
    }
    loadURL() {
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    reload() {}
    /** The reader closes the window. */
    close() {
      this.destroyed = true;
      this.events.emit('closed');
    }
  }
  const handlers = new Map<string, Listener>();
  const menu: { template: unknown[] } = { template: [] };
  /** The data each requestSingleInstanceLock call passed. */
  const lockData: unknown[] = [];
  return {
    app: Object.assign(emitter(), {
      isPackaged: false,
      whenReady: () => whenReady,
      isReady: () => false,
      requestSingleInstanceLock: (data: unknown) => {
        lockData.push(data);
        return true;
      },
      setPath: () => undefined,
      getPath: () => mkdtempSync(join(tmpdir(), 'parallax-main-')),
      getAppPath: () => '',
      quit: () => undefined,
    }),
    makeReady: () => ready(),
    FakeWindow,
    windows,
    handlers,
    menu,
    lockData,
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeWindow,
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => electron.handlers.set(channel, fn) },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onBeforeRequest() {} } } },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  net: { fetch: vi.fn() },
  Menu: {
    buildFromTemplate: (template: unknown[]) => (electron.menu.template = template),
    setApplicationMenu: () => undefined,
  },
}));

// The real loader, with a signal each time a load finishes.
const loads = vi.hoisted(() => ({ done: [] as Promise<unknown>[] }));
vi.mock('./loader', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./loader')>();
  return {
    ...actual,
    loadArticleFiles: (paths: readonly string[]) => {
      const result = actual.loadArticleFiles(paths);
      loads.done.push(result);
      return result;
    },
  };
});

const SEEDS = resolve(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
const [first, second, third] = seeds as [string, string, string];

// A launch from source with one file on the command line and a switch Chromium added.
process.argv = ['/usr/bin/electron', '--enable-logging', '/repo', first];
await import('./index');

/** Lets the handlers that awaited a load finish. */
async function loadsSettled(): Promise<void> {
  await Promise.all(loads.done);
  await new Promise((r) => setImmediate(r));
}

function currentWindow() {
  const open = electron.windows.filter((w) => !w.destroyed);
  expect(open).toHaveLength(1);
  return open[0]!;
}

/** The page in `win` subscribes and tells main it is ready (the renderer's window.api.ready()). */
async function pageReady(win: InstanceType<typeof electron.FakeWindow>): Promise<void> {
  const handler = electron.handlers.get('window:ready')!;
  const result = await handler({ sender: win.webContents, senderFrame: { url: 'app://parallax/index.html', parent: null } });
  expect(result).toEqual({ ok: true, value: null });
}

function loadedNames(win: InstanceType<typeof electron.FakeWindow>): string[][] {
  return win.webContents.sent.filter(([c]) => c === 'articles:loaded').map(([, p]) => (p as LoadResult).articles.map((a) => a.file));
}

describe('files opened before the page listens', () => {
  it('passes the launch files to a second launch as additionalData, not argv', () => {
    expect(electron.lockData).toEqual([{ files: [first] }]);
  });

  it('opens a file macOS hands over before the app is ready together with the command-line files', async () => {
    electron.app.emit('open-file', { preventDefault() {} }, second);
    electron.makeReady();
    await new Promise((r) => setImmediate(r));
    const win = currentWindow();
    const initial = (await electron.handlers.get('articles:initial')!({ sender: win.webContents, senderFrame: { url: 'app://parallax/index.html', parent: null } })) as {
      value: LoadResult;
    };
    expect(initial.value.articles.map((a) => a.file)).toEqual([first, second]);
  });

  it('holds a second launch that arrives while the page loads, and hands it over when the page is ready', async () => {
    const win = currentWindow();
    electron.app.emit('second-instance', {}, ['/opt/Parallax/parallax', '--original-process-start-time=1', 'ignored.txt'], '/elsewhere', { files: [third] });
    await loadsSettled();
    expect(win.webContents.sent).toEqual([]);
    await pageReady(win);
    expect(loadedNames(win)).toEqual([[third]]);
  });

  it('holds what comes while the page reloads after a crash', async () => {
    const win = currentWindow();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    electron.app.emit('second-instance', {}, [], '/w', { files: [first] });
    await loadsSettled();
    expect(loadedNames(win)).toEqual([[third]]);
    await pageReady(win);
    expect(loadedNames(win)).toEqual([[third], [first]]);
  });

  it('opens a window for open-file when none is left (macOS), and its page gets the file', async () => {
    currentWindow().close();
    expect(electron.windows.filter((w) => !w.destroyed)).toHaveLength(0);
    electron.app.emit('open-file', { preventDefault() {} }, second);
    const win = currentWindow();
    await loadsSettled();
    expect(win.webContents.sent).toEqual([]);
    await pageReady(win);
    expect(loadedNames(win)).toEqual([[second]]);
  });

  it('opens a window for File › Export… when none is left, and asks its page to export once it is ready', async () => {
    currentWindow().close();
    const file = (electron.menu.template as { label?: string; submenu?: { id?: string; click?: () => void }[] }[])
      .find((m) => m.label === '&File')!
      .submenu!.find((i) => i.id === 'file-export')!;
    file.click!();
    const win = currentWindow();
    expect(win.webContents.sent).toEqual([]);
    await pageReady(win);
    expect(win.webContents.sent).toEqual([['report:export-requested', null]]);
  });
});

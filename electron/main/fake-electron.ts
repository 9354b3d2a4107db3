/**
 * The Electron main-process modules as the unit tests see them (Electron itself cannot load in
 * Vitest). One fake for every test: ipcMain records handlers, dialog answers what a test queues,
 * BrowserWindow records the windows made (options, URL, crash, reload, destroy), and a web contents
 * and a session record the hooks security.ts installs. Use it with
 * `vi.mock('electron', async () => (await import('./fake-electron')).electron.module)`.
 */
import { vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

/** A fresh fake; `electron` below is the one a test file shares with its vi.mock. */
export function createFakeElectron() {
  const handlers = new Map<string, Handler>();
  /** The web contents of the app's own window: the only trusted sender. */
  const ownContents = { id: 1 };
  /** The app's own window; a test sets `destroyed` to close it. */
  const ownWindow = {
    webContents: ownContents,
    destroyed: false,
    isDestroyed(): boolean {
      return ownWindow.destroyed;
    },
  };
  const windows: FakeBrowserWindow[] = [];
  const showOpenDialog = vi.fn();
  const showSaveDialog = vi.fn();
  /** The templates given to Menu.setApplicationMenu, in order (a built menu is its template here). */
  const menus: unknown[] = [];

  class FakeBrowserWindow {
    static fromWebContents(contents: unknown) {
      return contents === ownContents ? ownWindow : null;
    }
    readonly options: Record<string, unknown>;
    url = '';
    destroyed = false;
    readonly listeners = new Map<string, Listener>();
    readonly webContents = {
      on: (name: string, fn: Listener) => this.listeners.set(name, fn),
      printToPDF: async () => Buffer.from('%PDF-1.7 stand-in'),
    };
    readonly reload = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    /** Plays Electron's render-process-gone event with `reason`. */
    crash(reason: string) {
      this.listeners.get('render-process-gone')?.({}, { reason });
    }
    isDestroyed() {
      return this.destroyed;
    }
    once() {}
    async loadURL(url: string) {
      this.url = url;
    }
    destroy() {
      this.destroyed = true;
    }
  }

  return {
    handlers,
    ownContents,
    ownWindow,
    /** Every BrowserWindow constructed, in order. */
    windows,
    showOpenDialog,
    showSaveDialog,
    menus,
    /** The object `import … from 'electron'` gets. */
    module: {
      ipcMain: {
        handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
        removeHandler: (channel: string) => handlers.delete(channel),
      },
      dialog: { showOpenDialog, showSaveDialog },
      BrowserWindow: FakeBrowserWindow,
      Menu: {
        buildFromTemplate: (template: unknown) => template,
        setApplicationMenu: (menu: unknown) => menus.push(menu),
      },
    },
    /** Calls the handler of `channel` as Electron would. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

/** The fake a test file and its vi.mock('electron') share (Vitest loads modules afresh per test file). */
export const electron = createFakeElectron();

/** A web contents that records the listeners and the window-open handler put on it. */
export function fakeWebContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    listeners,
    openHandler: () => openHandler,
    contents: {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    },
    /** Emits `name` with `url`; true when a listener prevented it. */
    prevented(name: string, url?: string): boolean {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
  };
}

/** A session that records the permission and request hooks put on it. */
export function fakeSession() {
  const hooks: {
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: () => boolean;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  } = {};
  return {
    hooks,
    session: {
      setPermissionRequestHandler: (fn: typeof hooks.permissionRequest) => (hooks.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof hooks.permissionCheck) => (hooks.permissionCheck = fn),
      webRequest: { onBeforeRequest: (fn: typeof hooks.beforeRequest) => (hooks.beforeRequest = fn) },
    },
  };
}

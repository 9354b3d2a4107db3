/**
 * Stand-in for the few Electron main-process modules that the IPC glue touches, so the built handlers
 * in out/main/ipc.js run in plain Node behind Chromium. It replaces:
 * - ipcMain (handle, removeHandler);
 * - dialog (showOpenDialog, showSaveDialog), answered from queues the specs fill;
 * - BrowserWindow: fromWebContents, and the hidden window the PDF export prints in (loadURL,
 *   webContents.printToPDF as Chromium's page.pdf, destroy).
 * Everything else in the handlers (loaders, decoding, readability, zod, the engine, the reports) is the real code.
 */
import Module from 'node:module';
import type { Page } from '@playwright/test';

type InvokeListener = (event: StandInInvokeEvent, ...args: unknown[]) => unknown;

/** The event object a handler receives, shaped like Electron's IpcMainInvokeEvent where it is read. */
export interface StandInInvokeEvent {
  sender: StandInWebContents;
  senderFrame: { url: string; parent: null | object } | null;
}

/** The part of WebContents the glue uses: `send` forwards to the page's ipcRenderer listeners. */
export class StandInWebContents {
  /** The page that currently renders this window: a renderer crash replaces it. */
  constructor(public page: Page) {}

  send(channel: string, payload: unknown): void {
    void this.page
      .evaluate(([c, p]) => (window as unknown as StandInWindow).__parallaxStandIn.emit(c, p), [channel, payload] as const)
      .catch(() => undefined);
  }
}

/** What the renderer-side stand-in puts on window. */
export interface StandInWindow {
  __parallaxStandIn: { emit(channel: string, payload: unknown): void; setPath(file: File, path: string): void };
  __parallaxInvoke(channel: string, args: unknown[]): Promise<unknown>;
}

/** One app instance's stand-in state: its handlers, its window and the dialog answers queued by a test. */
export class ElectronStandIn {
  readonly handlers = new Map<string, InvokeListener>();
  readonly dialogCalls: unknown[] = [];
  readonly dialogAnswers: { canceled: boolean; filePaths: string[] }[] = [];
  readonly saveDialogCalls: unknown[] = [];
  readonly saveDialogAnswers: { canceled: boolean; filePath: string }[] = [];
  /** Options of the hidden windows main created (to print PDFs). */
  readonly createdWindows: unknown[] = [];
  readonly webContents: StandInWebContents;
  readonly window: { webContents: StandInWebContents; isDestroyed(): boolean; focus(): void };

  constructor(page: Page) {
    this.webContents = new StandInWebContents(page);
    this.window = { webContents: this.webContents, isDestroyed: () => false, focus: () => undefined };
  }

  /** The module object handed to `require('electron')`. */
  module(): Record<string, unknown> {
    return {
      ipcMain: {
        handle: (channel: string, listener: InvokeListener) => {
          if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.handlers.set(channel, listener);
        },
        removeHandler: (channel: string) => this.handlers.delete(channel),
      },
      dialog: {
        showOpenDialog: async (...args: unknown[]) => {
          this.dialogCalls.push(args.length > 1 ? args[1] : args[0]);
          return this.dialogAnswers.shift() ?? { canceled: true, filePaths: [] };
        },
        showSaveDialog: async (...args: unknown[]) => {
          this.saveDialogCalls.push(args.length > 1 ? args[1] : args[0]);
          return this.saveDialogAnswers.shift() ?? { canceled: true, filePath: '' };
        },
      },
      BrowserWindow: browserWindow(this),
    };
  }

  /** Runs the registered handler as Electron's ipcMain would for an `invoke` from `frameUrl`. */
  async invoke(channel: string, args: unknown[], frameUrl: string, isTopFrame: boolean): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event: StandInInvokeEvent = {
      sender: this.webContents,
      senderFrame: { url: frameUrl, parent: isTopFrame ? null : {} },
    };
    return handler(event, ...args);
  }
}

/** BrowserWindow: the app's window for fromWebContents, and hidden windows that print to PDF. */
function browserWindow(standIn: ElectronStandIn): unknown {
  return class HiddenWindow {
    static fromWebContents(contents: unknown) {
      return contents === standIn.webContents ? standIn.window : null;
    }
    #url = '';
    readonly webContents = {
      printToPDF: async (options: { printBackground?: boolean; preferCSSPageSize?: boolean; pageSize?: string }) => {
        const browser = standIn.webContents.page.context().browser();
        if (!browser) throw new Error('printToPDF stand-in: no browser');
        // A context of its own with JavaScript off, as main's print window has it.
        const context = await browser.newContext({ javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await page.goto(this.#url);
          return await page.pdf({
            printBackground: options.printBackground ?? false,
            preferCSSPageSize: options.preferCSSPageSize ?? false,
            format: options.pageSize ?? 'Letter',
          });
        } finally {
          await context.close();
        }
      },
    };
    constructor(options: unknown) {
      standIn.createdWindows.push(options);
    }
    async loadURL(url: string) {
      this.#url = url;
    }
    destroy() {}
  };
}

let current: ElectronStandIn | null = null;
let hooked = false;

/**
 * Makes `require('electron')` return the current stand-in for code loaded after this call. The module
 * object is a proxy, so a bundle required once keeps working across app instances.
 */
export function useStandIn(standIn: ElectronStandIn): void {
  current = standIn;
  if (hooked) return;
  hooked = true;
  const proxy = new Proxy(
    {},
    {
      get: (_target, key: string) => {
        if (!current) throw new Error('No Electron stand-in is active');
        return current.module()[key];
      },
    },
  );
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return proxy;
    return original.call(this, request, ...rest);
  };
}

/**
 * The launch fixture every spec uses. It starts Parallax one of two ways:
 * - electron: real Electron on the built main (out/main/index.js), wherever an Electron binary exists
 *   (installed by the electron package, or ELECTRON_OVERRIDE_DIST_PATH);
 * - chromium: Debian's Chromium on the built renderer (out/renderer), with the built preload bundle
 *   (out/preload/index.js) and the built main-process handlers (out/main/ipc.js) running in this Node
 *   process behind a stand-in for the Electron modules they touch (see harness/).
 * PARALLAX_E2E=electron|chromium forces one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { test as base, expect, _electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { ElectronStandIn, useStandIn, type StandInWindow } from './harness/electron-stand-in';
import { INVOKE_BINDING, preloadInitScript } from './harness/preload-stand-in';
import { serveStatic, type StaticServer } from './harness/static-server';

export { expect };

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'out');
/** Where specs save their screenshots. */
export const SCREENSHOTS = join(ROOT, 'e2e', 'screenshots');

export type LaunchMode = 'electron' | 'chromium';

/** The path of an Electron binary, or null when there is none on this machine. */
export function electronExecutable(): string | null {
  const relative =
    process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) return existsSync(join(override, relative)) ? join(override, relative) : null;
  // Resolving the package (not requiring it): require('electron') outside Electron tries to download it.
  const pkg = dirname(require.resolve('electron/package.json'));
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function launchMode(): LaunchMode {
  const forced = process.env['PARALLAX_E2E'];
  if (forced === 'electron' || forced === 'chromium') return forced;
  return electronExecutable() ? 'electron' : 'chromium';
}

/** A running Parallax and what a spec can do to it as a reader would. */
export interface ParallaxApp {
  mode: LaunchMode;
  page: Page;
  /** Drops files from disk on the window (dragenter, dragover, drop). */
  drop(paths: string[]): Promise<void>;
  /**
   * Drops a folder: an entry whose path on disk is the folder, as Electron gives for a dropped folder.
   * Browser harness only (a page cannot make such an entry under Electron itself).
   */
  dropFolder(dir: string): Promise<void>;
  /** Drags files over the window without dropping them (dragenter, dragover). */
  dragOver(paths: string[]): Promise<void>;
  /** Answers the next Open dialog with these files. */
  answerOpenDialog(paths: string[]): Promise<void>;
  /** File > Open: the menu item under Electron, its shortcut (Ctrl+O) in the browser harness. */
  openFromMenu(): Promise<void>;
  /** Answers the next Save dialog with this path. */
  answerSaveDialog(path: string): Promise<void>;
  /** File > Export: the menu item under Electron; in the browser harness, the event that menu item sends. */
  exportFromMenu(): Promise<void>;
  /** Help > Keyboard and Marks: the menu item under Electron; in the browser harness, the event it sends. */
  helpFromMenu(): Promise<void>;
  /** The profile folder (Electron's userData) this app instance saves its session in. */
  userDataDir: string;
  /**
   * Quits the app, runs `whileStopped` (e.g. to change files on disk), and starts it again with the same
   * profile, with `launchFiles` on its command line when given (else the test's own).
   */
  restart(whileStopped?: () => void | Promise<void>, launchFiles?: string[]): Promise<void>;
  /** Kills the main process without letting it shut down, and starts the app again. */
  crashMain(): Promise<void>;
  /** Crashes the renderer; resolves when the window has reloaded. */
  crashRenderer(): Promise<void>;
  /**
   * Starts Parallax again with these files while it runs (same profile), as a second double-click does;
   * resolves when that second process has handed them over and quit. Real Electron only.
   */
  launchAgain(files: string[]): Promise<void>;
  /** Saves a screenshot as e2e/screenshots/<mode>/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** Lets this test provoke Content Security Policy violations (every other test fails on one). */
  allowCspViolations(): void;
}

interface Options {
  /** Files passed on the command line; empty means the app opens the sample set. */
  launchFiles: string[];
}

interface WorkerFixtures {
  harness: { browser: Browser; server: StaticServer } | null;
}

const DROP_SOURCE = '__e2e_drop_source';

async function dispatchDrag(page: Page, paths: string[], types: string[], registerPaths: boolean, registeredAs = paths): Promise<void> {
  await page.evaluate((id) => {
    document.getElementById(id)?.remove();
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = id;
    input.hidden = true;
    document.body.append(input);
  }, DROP_SOURCE);
  await page.setInputFiles(`#${DROP_SOURCE}`, paths);
  await page.evaluate(
    ({ id, types, registerPaths, registeredAs }) => {
      const input = document.getElementById(id) as HTMLInputElement;
      const files = Array.from(input.files ?? []);
      if (registerPaths) files.forEach((f, i) => (window as unknown as StandInWindow).__parallaxStandIn.setPath(f, registeredAs[i]!));
      const data = new DataTransfer();
      for (const file of files) data.items.add(file);
      const target = document.querySelector('main') ?? document.body;
      for (const type of types) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      input.remove();
    },
    { id: DROP_SOURCE, types, registerPaths, registeredAs },
  );
}

function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
}

/** One running app: its window and how to stop it. */
interface Instance {
  page: Page;
  electronApp: ElectronApplication | null;
  standIn: ElectronStandIn | null;
  close(): Promise<void>;
  kill(): Promise<void>;
  crashRenderer(): Promise<void>;
}

/** Electron's arguments: the built main, this test's profile, the files. */
function electronArgs(userDataDir: string, files: string[]): string[] {
  return [join(OUT, 'main', 'index.js'), `--user-data-dir=${userDataDir}`, ...files];
}

/** The environment Electron starts in: never a dev server from the developer's shell (the built page is under test). */
function electronEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  return env;
}

/** Runs a second Electron process on the same profile; it hands its files to the running one and quits. */
async function launchAgain(userDataDir: string, files: string[]): Promise<void> {
  const executablePath = electronExecutable();
  if (!executablePath) throw new Error('launchAgain needs an Electron binary');
  const second = spawn(executablePath, electronArgs(userDataDir, files), { cwd: ROOT, env: electronEnv(), stdio: 'ignore' });
  const code = await new Promise<number | null>((resolveExit, reject) => {
    second.once('error', reject);
    second.once('exit', resolveExit);
  });
  if (code !== 0) throw new Error(`the second launch exited with ${code}`);
}

async function launch(
  mode: LaunchMode,
  harness: WorkerFixtures['harness'],
  launchFiles: string[],
  userDataDir: string,
  consoleErrors: string[],
): Promise<Instance> {
  if (mode === 'electron') {
    const executablePath = electronExecutable();
    if (!executablePath) throw new Error('PARALLAX_E2E=electron, but no Electron binary was found');
    const electronApp = await _electron.launch({
      executablePath,
      args: electronArgs(userDataDir, launchFiles),
      cwd: ROOT,
      env: electronEnv(),
    });
    const page = await electronApp.firstWindow();
    watchConsole(page, consoleErrors);
    return {
      page,
      electronApp,
      standIn: null,
      close: () => electronApp.close(),
      kill: async () => {
        electronApp.process().kill('SIGKILL');
        await electronApp.waitForEvent('close').catch(() => undefined);
      },
      crashRenderer: async () => {
        const reloaded = page.waitForEvent('load');
        await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
        await reloaded;
      },
    };
  }

  const { browser, server } = harness!;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  const standIn = new ElectronStandIn(page);
  useStandIn(standIn);
  const { setupIpc } = require(join(OUT, 'main', 'ipc.js')) as typeof import('../electron/main/ipc');
  setupIpc({
    isTrustedUrl: (url) => {
      try {
        return new URL(url).origin === server.origin;
      } catch {
        return false;
      }
    },
    launchFiles: launchFiles.map((f) => resolve(ROOT, f)),
    seedsDir: join(ROOT, 'seeds'),
    userDataDir,
  });
  await context.exposeBinding(INVOKE_BINDING, (source, channel: string, args: unknown[]) =>
    standIn.invoke(channel, args, source.frame.url(), source.frame.parentFrame() === null),
  );
  await context.addInitScript(preloadInitScript(join(OUT, 'preload', 'index.js')));
  const appUrl = `${server.origin}/index.html`;
  await page.goto(appUrl);
  const instance: Instance = {
    page,
    electronApp: null,
    standIn,
    close: () => context.close(),
    // The handlers simply stop: nothing is flushed or saved on the way out.
    kill: () => context.close(),
    crashRenderer: async () => {
      const crashed = instance.page;
      const gone = crashed.waitForEvent('crash');
      await crashed.goto('chrome://crash').catch(() => undefined);
      await gone;
      // Electron's window reloads in a new renderer on 'render-process-gone' (electron/main/window.ts);
      // here a new page takes the crashed one's place, in front of the same main-process handlers.
      await crashed.close().catch(() => undefined);
      const fresh = await context.newPage();
      watchConsole(fresh, consoleErrors);
      standIn.webContents.page = fresh;
      instance.page = fresh;
      await fresh.goto(appUrl);
    },
  };
  return instance;
}

export const test = base.extend<Options & { app: ParallaxApp }, WorkerFixtures>({
  launchFiles: [[], { option: true }],

  harness: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (launchMode() === 'electron') return use(null);
      const browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      const server = await serveStatic(join(OUT, 'renderer'));
      await use({ browser, server });
      await server.close();
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ harness, launchFiles }, use, testInfo) => {
    const mode = launchMode();
    const consoleErrors: string[] = [];
    const shots = join(SCREENSHOTS, mode);
    mkdirSync(shots, { recursive: true });
    const userDataDir = testInfo.outputPath('user-data');
    mkdirSync(userDataDir, { recursive: true });
    let instance = await launch(mode, harness, launchFiles, userDataDir, consoleErrors);
    let cspViolationsAllowed = false;
    const page = () => instance.page;
    const electronApp = () => instance.electronApp;
    const standIn = () => instance.standIn;
    const app: ParallaxApp = {
      mode,
      get page() {
        return page();
      },
      consoleErrors,
      allowCspViolations: () => {
        cspViolationsAllowed = true;
      },
      userDataDir,
      drop: (paths) => dispatchDrag(page(), paths, ['dragenter', 'dragover', 'drop'], mode === 'chromium'),
      dropFolder: async (dir) => {
        if (mode !== 'chromium') throw new Error('dropFolder needs the browser harness');
        // The page is handed an empty file beside the folder, registered under the folder's path.
        const entry = join(dirname(dir), `${basename(dir)}.entry`);
        writeFileSync(entry, '');
        await dispatchDrag(page(), [entry], ['dragenter', 'dragover', 'drop'], true, [dir]);
      },
      dragOver: (paths) => dispatchDrag(page(), paths, ['dragenter', 'dragover'], mode === 'chromium'),
      answerOpenDialog: async (paths) => {
        const electron = electronApp();
        if (electron) {
          await electron.evaluate(({ dialog }, filePaths) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
          }, paths);
        } else standIn()!.dialogAnswers.push({ canceled: false, filePaths: paths });
      },
      answerSaveDialog: async (path) => {
        const electron = electronApp();
        if (electron) {
          await electron.evaluate(({ dialog }, filePath) => {
            dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
          }, path);
        } else standIn()!.saveDialogAnswers.push({ canceled: false, filePath: path });
      },
      exportFromMenu: async () => {
        const electron = electronApp();
        if (electron) {
          await electron.evaluate(({ Menu }) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById('file-export');
            if (!item) throw new Error('File > Export is missing from the menu');
            item.click();
          });
        } else standIn()!.webContents.send('report:export-requested', null);
      },
      helpFromMenu: async () => {
        const electron = electronApp();
        if (electron) {
          await electron.evaluate(({ Menu }) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById('help-keyboard');
            if (!item) throw new Error('Help > Keyboard and Marks is missing from the menu');
            item.click();
          });
        } else standIn()!.webContents.send('help:show-requested', null);
      },
      openFromMenu: async () => {
        const electron = electronApp();
        if (electron) {
          await electron.evaluate(({ Menu }) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById('file-open');
            if (!item) throw new Error('File > Open is missing from the menu');
            item.click();
          });
        } else await page().keyboard.press('Control+O');
      },
      restart: async (whileStopped, files = launchFiles) => {
        await instance.close();
        await whileStopped?.();
        instance = await launch(mode, harness, files, userDataDir, consoleErrors);
      },
      crashMain: async () => {
        await instance.kill();
        instance = await launch(mode, harness, launchFiles, userDataDir, consoleErrors);
      },
      crashRenderer: () => instance.crashRenderer(),
      launchAgain: async (files) => {
        if (mode !== 'electron') throw new Error('launchAgain needs real Electron: the Chromium harness has no second process');
        await launchAgain(userDataDir, files);
      },
      screenshot: async (name) => {
        const path = join(shots, `${name}.png`);
        await page().screenshot({ path });
        await testInfo.attach(name, { path, contentType: 'image/png' });
        return path;
      },
    };

    await use(app);
    await instance.close();
    // The built app must never trip its own Content Security Policy.
    if (!cspViolationsAllowed) expect(consoleErrors.filter((m) => /Content Security Policy/iu.test(m))).toEqual([]);
  },
});

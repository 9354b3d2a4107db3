/**
 * The launch fixture every spec uses. It starts Parallax one of two ways:
 * - electron: real Electron on the built main (out/main/index.js), wherever an Electron binary exists
 *   (installed by the electron package, or ELECTRON_OVERRIDE_DIST_PATH);
 * - chromium: Debian's Chromium on the built renderer (out/renderer), with the built preload bundle
 *   (out/preload/index.js) and the built main-process handlers (out/main/ipc.js) running in this Node
 *   process behind a stand-in for the Electron modules they touch (see harness/).
 * PARALLAX_E2E=electron|chromium forces one.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  /** Drags files over the window without dropping them (dragenter, dragover). */
  dragOver(paths: string[]): Promise<void>;
  /** Answers the next Open dialog with these files. */
  answerOpenDialog(paths: string[]): Promise<void>;
  /** File > Open: the menu item under Electron, its shortcut (Ctrl+O) in the browser harness. */
  openFromMenu(): Promise<void>;
  /** Saves a screenshot as e2e/screenshots/<mode>/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
}

interface Options {
  /** Files passed on the command line; empty means the app opens the sample set. */
  launchFiles: string[];
}

interface WorkerFixtures {
  harness: { browser: Browser; server: StaticServer } | null;
}

const DROP_SOURCE = '__e2e_drop_source';

async function dispatchDrag(page: Page, paths: string[], types: string[], registerPaths: boolean): Promise<void> {
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
    ({ id, paths, types, registerPaths }) => {
      const input = document.getElementById(id) as HTMLInputElement;
      const files = Array.from(input.files ?? []);
      if (registerPaths) files.forEach((f, i) => (window as unknown as StandInWindow).__parallaxStandIn.setPath(f, paths[i]!));
      const data = new DataTransfer();
      for (const file of files) data.items.add(file);
      const target = document.querySelector('main') ?? document.body;
      for (const type of types) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      input.remove();
    },
    { id: DROP_SOURCE, paths, types, registerPaths },
  );
}

function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
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
    let page: Page;
    let electronApp: ElectronApplication | null = null;
    let standIn: ElectronStandIn | null = null;

    if (mode === 'electron') {
      const executablePath = electronExecutable();
      if (!executablePath) throw new Error('PARALLAX_E2E=electron, but no Electron binary was found');
      electronApp = await _electron.launch({
        executablePath,
        args: [join(OUT, 'main', 'index.js'), ...launchFiles],
        cwd: ROOT,
      });
      page = await electronApp.firstWindow();
      watchConsole(page, consoleErrors);
      await page.setViewportSize({ width: 1440, height: 900 }).catch(() => undefined);
    } else {
      const { browser, server } = harness!;
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      page = await context.newPage();
      watchConsole(page, consoleErrors);
      standIn = new ElectronStandIn(page);
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
      });
      const active = standIn;
      await context.exposeBinding(INVOKE_BINDING, (source, channel: string, args: unknown[]) =>
        active.invoke(channel, args, source.frame.url(), source.frame.parentFrame() === null),
      );
      await context.addInitScript(preloadInitScript(join(OUT, 'preload', 'index.js')));
      await page.goto(`${server.origin}/index.html`);
    }

    const app: ParallaxApp = {
      mode,
      page,
      consoleErrors,
      drop: (paths) => dispatchDrag(page, paths, ['dragenter', 'dragover', 'drop'], mode === 'chromium'),
      dragOver: (paths) => dispatchDrag(page, paths, ['dragenter', 'dragover'], mode === 'chromium'),
      answerOpenDialog: async (paths) => {
        if (electronApp) {
          await electronApp.evaluate(({ dialog }, filePaths) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
          }, paths);
        } else standIn!.dialogAnswers.push({ canceled: false, filePaths: paths });
      },
      openFromMenu: async () => {
        if (electronApp) {
          await electronApp.evaluate(({ Menu }) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById('file-open');
            if (!item) throw new Error('File > Open is missing from the menu');
            item.click();
          });
        } else await page.keyboard.press('Control+O');
      },
      screenshot: async (name) => {
        const path = join(shots, `${name}.png`);
        await page.screenshot({ path });
        await testInfo.attach(name, { path, contentType: 'image/png' });
        return path;
      },
    };

    await use(app);

    if (electronApp) await electronApp.close();
    else await page.context().close();
  },
});

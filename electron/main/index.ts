/** Startup: the app:// scheme, security settings, IPC, the menu and the main window. */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, clipboard, session } from 'electron';
import type { EventChannel, Events, PastedClip } from '../contract';
import { openWithDialog } from './articles';
import { setupIpc } from './ipc';
import { launchArguments, secondInstanceData, secondInstanceFiles, type LaunchContext } from './launch';
import { loadArticleFiles } from './loader';
import { setupMenu } from './menu';
import type { Outbox } from './outbox';
import { pasteArticle } from './paste';
import { registerAppScheme, setupProtocol } from './protocol';
import { isDevServerSocket, isTrustedUrl, rendererSource } from './renderer-source';
import { hardenContents, setupSecurity } from './security';
import type { Session } from './session';
import { createMainWindow } from './window';

/** The clipboard's HTML, when it holds some, and its text (Electron's clipboard API is asynchronous since 45). */
async function readClipboard(): Promise<PastedClip> {
  const text = await clipboard.readText();
  const item = (await clipboard.read()).find((entry) => entry.types.includes('text/html'));
  return item ? { html: await (await item.getType('text/html')).text(), text } : { text };
}

const source = rendererSource(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
const trusted = (url: string): boolean => isTrustedUrl(source, url);
const preload = join(__dirname, '../preload/index.js');
const launch: LaunchContext = { isPackaged: app.isPackaged, cwd: process.cwd() };

let mainWindow: BrowserWindow | null = null;
/** Set once IPC, the session and the outbox exist. */
let started: { session: Session; outbox: Outbox } | null = null;
/** Files handed over (macOS open-file) before the app has started: they join the command-line files. */
const filesBeforeStart: string[] = [];

function showWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
  const win = createMainWindow(source.url, preload);
  // Whenever the page goes away (a reload after a crash, the message page, the window closing) it stops
  // listening: the outbox holds what main sends until a page says it is ready again.
  const stopped = (): void => started?.outbox.stopped(win);
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) stopped();
  });
  win.webContents.on('render-process-gone', stopped);
  win.on('closed', () => {
    stopped();
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

/** Brings the window to the front, creating one if there is none. */
function focusWindow(): BrowserWindow {
  const win = showWindow();
  if (win.isMinimized()) win.restore();
  win.focus();
  return win;
}

/** Hands an event to the window's page, creating a window when there is none; the outbox holds it until the page listens. */
function deliver<C extends EventChannel>(channel: C, payload: Events[C]): void {
  if (!started) return;
  focusWindow();
  started.outbox.send(channel, payload);
}

/** Opens files handed over by the system or a second launch in the running window. */
async function openFiles(files: readonly string[]): Promise<void> {
  if (!started) {
    // Handed over before IPC and the session exist: they join the files the window opens with.
    filesBeforeStart.push(...files);
    return;
  }
  focusWindow();
  if (files.length === 0) return;
  const result = started.session.remember(await loadArticleFiles(files));
  // The window may have closed while the files loaded: deliver() opens a new one, whose page gets them.
  deliver('articles:loaded', result);
}

// A separate profile with --user-data-dir=<folder>: its own saved session (the e2e specs use one each).
const profile = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
if (profile) app.setPath('userData', resolve(profile.slice('--user-data-dir='.length)));

registerAppScheme();

// A second launch hands its files, resolved where it was started, to the running app and quits. They
// travel as additionalData: the argv the running app receives may be reordered and carry extra switches.
if (!app.requestSingleInstanceLock(secondInstanceData(process.argv, launch))) {
  app.quit();
} else {
  app.on('second-instance', (_event, _argv, workingDirectory, additionalData) => {
    void openFiles(secondInstanceFiles(additionalData, workingDirectory));
  });
  // macOS hands files dropped on the Dock icon (or opened with Parallax in Finder) to this event,
  // at launch before the app is ready, and later with or without a window.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (started) void openFiles([path]);
    else filesBeforeStart.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, trusted));

  void app.whenReady().then(() => {
    setupProtocol(join(__dirname, '../renderer'));
    setupSecurity(session.defaultSession, { isTrustedUrl: trusted, isDevServerSocket: (url) => isDevServerSocket(source, url) });
    const ipc = setupIpc({
      isTrustedUrl: trusted,
      launchFiles: [...launchArguments(process.argv, launch), ...filesBeforeStart],
      seedsDir: app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds'),
      userDataDir: app.getPath('userData'),
    });
    started = ipc;
    setupMenu({
      open: () => {
        const win = focusWindow();
        void openWithDialog(win).then((result) => {
          if (result.articles.length || result.errors.length) deliver('articles:loaded', ipc.session.remember(result));
        });
      },
      // With no window (macOS), one opens and exports once its page has loaded its articles.
      exportReport: () => deliver('report:export-requested', null),
      showHelp: () => deliver('help:show-requested', null),
      pasteArticle: () => {
        focusWindow();
        void readClipboard()
          .then((clip) => pasteArticle(app.getPath('userData'), clip))
          .then((result) => deliver('articles:loaded', ipc.session.remember(result)));
      },
    });
    showWindow();
    app.on('activate', () => showWindow());
  });

  // The last change to the open set is written before the app goes: quitting waits for a save in progress.
  app.on('will-quit', (event) => {
    const appSession = started?.session;
    if (!appSession?.saving) return;
    event.preventDefault();
    // Bounded: a disk that never answers must not keep the app from quitting.
    const giveUp = new Promise((resolve) => setTimeout(resolve, 5000).unref());
    void Promise.race([appSession.settled(), giveUp]).finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

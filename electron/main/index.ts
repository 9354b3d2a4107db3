/** Startup: the app:// scheme, security settings, IPC, the menu and the main window. */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, clipboard, session } from 'electron';
import { launchArguments, openWithDialog } from './articles';
import { send, setupIpc } from './ipc';
import { loadArticleFiles } from './loader';
import type { PastedClip } from '../contract';
import type { Session } from './session';
import { setupMenu } from './menu';
import { pasteArticle } from './paste';
import { APP_ORIGIN, registerAppScheme, setupProtocol } from './protocol';
import { hardenContents, setupSecurity } from './security';
import { createMainWindow } from './window';

/** The clipboard's HTML, when it holds some, and its text (Electron's clipboard API is asynchronous since 45). */
async function readClipboard(): Promise<PastedClip> {
  const text = await clipboard.readText();
  const item = (await clipboard.read()).find((entry) => entry.types.includes('text/html'));
  return item ? { html: await (await item.getType('text/html')).text(), text } : { text };
}

const devServer = process.env['ELECTRON_RENDERER_URL'];
const rendererUrl = devServer ?? `${APP_ORIGIN}/index.html`;
const trustedOrigin = devServer ? new URL(devServer).origin : APP_ORIGIN;
const preload = join(__dirname, '../preload/index.js');

/** True for the app's own pages (app://parallax, or the dev server while developing). */
function isTrustedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === trustedOrigin;
  } catch {
    return false;
  }
}

let mainWindow: BrowserWindow | null = null;
const pendingFiles: string[] = [];

function showWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
  mainWindow = createMainWindow(rendererUrl, preload);
  mainWindow.on('closed', () => (mainWindow = null));
  return mainWindow;
}

let appSession: Session | null = null;

async function openInWindow(files: string[]): Promise<void> {
  const win = showWindow();
  const result = await loadArticleFiles(files);
  appSession?.remember(result);
  if (win.isMinimized()) win.restore();
  win.focus();
  send(win.webContents, 'articles:loaded', result);
}

// A separate profile with --user-data-dir=<folder>: its own saved session (the e2e specs use one each).
const profile = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
if (profile) app.setPath('userData', resolve(profile.slice('--user-data-dir='.length)));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its files to the running app (below) and quits.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openInWindow(launchArguments(argv, app.isPackaged, workingDirectory));
  });
  // macOS hands files dropped on the Dock icon (or opened with Parallax) to this event.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openInWindow([path]);
    else pendingFiles.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrustedUrl));

  void app.whenReady().then(() => {
    setupProtocol(join(__dirname, '../renderer'));
    setupSecurity(session.defaultSession, isTrustedUrl);
    ({ session: appSession } = setupIpc({
      isTrustedUrl,
      launchFiles: [...launchArguments(process.argv, app.isPackaged, process.cwd()), ...pendingFiles],
      seedsDir: app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds'),
      userDataDir: app.getPath('userData'),
    }));
    setupMenu({
      open: () => {
        const win = showWindow();
        void openWithDialog(win).then((result) => send(win.webContents, 'articles:loaded', appSession?.remember(result) ?? result));
      },
      exportReport: () => send(showWindow().webContents, 'report:export-requested', null),
      pasteArticle: () => {
        const win = showWindow();
        void readClipboard()
          .then((clip) => pasteArticle(app.getPath('userData'), clip))
          .then((result) => send(win.webContents, 'articles:loaded', appSession?.remember(result) ?? result));
      },
    });
    showWindow();
    app.on('activate', () => showWindow());
  });

  // The last change to the open set is written before the app goes: quitting waits for a save in progress.
  app.on('will-quit', (event) => {
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

/** The main window. */
import { BrowserWindow } from 'electron';

/** Creates the main window on `url` with Electron's security defaults written out, and shows it once painted. */
export function createMainWindow(url: string, preload: string): BrowserWindow {
  // The options stay a literal here so that static checks (electronegativity) can read them.
  const win = new BrowserWindow({
    title: 'Parallax',
    width: 1440,
    height: 900,
    minWidth: 640,
    minHeight: 400,
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload,
      // https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation
      contextIsolation: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
      sandbox: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#6-do-not-disable-websecurity
      webSecurity: true,
      allowRunningInsecureContent: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#9-do-not-enable-experimental-features
      experimentalFeatures: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#10-do-not-use-enableblinkfeatures
      // Middle-click (auxclick) could open links in new windows; there is nothing to open.
      disableBlinkFeatures: 'Auxclick',
      // https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  reloadAfterCrash(win, url);
  void win.loadURL(url);
  return win;
}

/** Renderer crashes within this window are counted; past the limit the page is not reloaded again. */
const CRASH_WINDOW_MS = 60_000;
const MAX_RELOADS = 3;

/**
 * The page shown instead of a fourth reload: plain HTML with no script (its CSP allows none), and a link
 * back to the app's page for when the reader wants to try again.
 */
export function crashPageUrl(appUrl: string): string {
  const escaped = appUrl.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Parallax</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#1d1d1b;background:#f7f6f2}a{color:#2c5d8f}</style></head>
<body><h1>Parallax stopped drawing its window</h1>
<p>The page crashed ${MAX_RELOADS + 1} times within a minute, so Parallax stopped reloading it. Your open articles and view are saved.</p>
<p><a href="${escaped}">Reload Parallax</a>, or quit and start it again. If this keeps happening, a file you opened may be the cause: start Parallax with other files.</p>
</body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * Replaces a crashed or killed renderer: the page reloads and asks main for the set it had. A page
 * that crashes again and again is not reloaded in a loop: the window shows a message page instead of
 * staying blank.
 */
function reloadAfterCrash(win: BrowserWindow, url: string): void {
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length <= MAX_RELOADS) win.reload();
    else void win.loadURL(crashPageUrl(url));
  });
}

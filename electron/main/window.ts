/** The main window and the options it is created with. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** Window options with Electron's security defaults written out. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: 'Parallax',
    width: 1440,
    height: 900,
    minWidth: 640,
    minHeight: 400,
    show: false,
    backgroundColor: '#f7f6f2',
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      // https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation
      contextIsolation: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
      sandbox: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#6-do-not-disable-websecurity
      webSecurity: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#9-do-not-enable-experimental-features
      experimentalFeatures: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#12-do-not-use-allowpopups
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** Creates the main window on `url` and shows it once it has painted. */
export function createMainWindow(url: string, preload: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preload));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}

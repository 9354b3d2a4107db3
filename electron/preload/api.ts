/** The API the renderer sees as `window.api`; the only place that touches ipcRenderer. */
import { ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { EventChannel, Events, ExportRequest, Invoke, InvokeChannel, LoadResult, PastedClip, Result, SessionUpdate } from '../contract';

function invoke<C extends InvokeChannel>(channel: C, ...args: Parameters<Invoke[C]>): Promise<Result<ReturnType<Invoke[C]>>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<Result<ReturnType<Invoke[C]>>>;
}

function on<C extends EventChannel>(channel: C, listener: (payload: Events[C]) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: Events[C]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

export const api = {
  /** What the window opens with (its previous set, the command line, the saved session or the samples). */
  initialArticles: () => invoke('articles:initial'),
  /** Saves the open set (article ids in column order) and the view state. */
  saveSession: (update: SessionUpdate) => invoke('session:update', update),
  /** Swaps the open set for the one before files given at launch joined it; reload the window after. */
  restorePreviousSet: () => invoke('session:restore-previous'),
  /** Tells main that an article's analysis was stopped, so it is not reopened blindly at the next start. */
  analysisStopped: (articleId: string) => invoke('session:analysis-stopped', articleId),
  /** Shows the Open dialog and loads the chosen files. */
  openWithDialog: () => invoke('articles:open-dialog'),
  /** Loads dropped files; main reads them from the paths Electron gives for them. */
  openDropped: (files: readonly File[]) =>
    invoke(
      'articles:open-dropped',
      files.map((file) => ({ path: webUtils.getPathForFile(file), name: file.name })),
    ),
  /** Makes an article of pasted HTML (or text); main keeps it in the app's data folder. */
  pasteArticle: (clip: PastedClip) => invoke('articles:paste', clip),
  /** Calls `listener` with files opened from the menu or by a second launch; returns an unsubscribe. */
  onArticlesLoaded: (listener: (result: LoadResult) => void) => on('articles:loaded', listener),
  /** Shows the Save dialog and writes a report of these articles (main picks the path with the reader). */
  exportReport: (request: ExportRequest) => invoke('report:export', request),
  /** Calls `listener` when File › Export… is chosen in the menu; returns an unsubscribe. */
  onExportRequested: (listener: () => void) => on('report:export-requested', () => listener()),
  /** Calls `listener` when Help › Keyboard and Marks is chosen in the menu; returns an unsubscribe. */
  onHelpRequested: (listener: () => void) => on('help:show-requested', () => listener()),
  /** Tells main the page listens to every event above: what main held back while the page loaded comes now. */
  ready: () => invoke('window:ready'),
};

/** The preload API's type, for the renderer. */
export type Api = typeof api;

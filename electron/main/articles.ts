/** Opening article files: from the Open dialog and drops. */
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { DroppedFile, LoadError, LoadResult } from '../contract';
import { FORMATS, loadArticleFiles } from './loader';

const OPEN_OPTIONS: OpenDialogOptions = {
  title: 'Open articles',
  buttonLabel: 'Open',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Articles', extensions: Object.keys(FORMATS).map((ext) => ext.slice(1)) },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** Shows the multi-select Open dialog and loads what the reader picked (nothing when cancelled). */
export async function openWithDialog(win: BrowserWindow | null): Promise<LoadResult> {
  const picked = win ? await dialog.showOpenDialog(win, OPEN_OPTIONS) : await dialog.showOpenDialog(OPEN_OPTIONS);
  if (picked.canceled || picked.filePaths.length === 0) return { articles: [], errors: [] };
  return loadArticleFiles(picked.filePaths);
}

/** Loads dropped files; a drop without a path on disk (e.g. from a web page) is reported by name. */
export async function openDropped(files: readonly DroppedFile[]): Promise<LoadResult> {
  const onDisk = files.filter((f) => f.path !== '');
  const notOnDisk: LoadError[] = files
    .filter((f) => f.path === '')
    .map((f) => ({ file: f.name, name: basename(f.name), reason: 'it is not a file on this computer (drop files from a folder)' }));
  const loaded = await loadArticleFiles(onDisk.map((f) => f.path));
  return { articles: loaded.articles, errors: [...notOnDisk, ...loaded.errors] };
}

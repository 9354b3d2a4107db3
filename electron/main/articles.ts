/** Opening article files: from the Open dialog and drops. */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { DroppedFile, LoadError, LoadResult } from '../contract';
import { expandFolder } from './folders';
import { describeLoadError, FORMATS, loadArticleFiles } from './loader';

const OPEN_OPTIONS: OpenDialogOptions = {
  title: 'Open articles',
  buttonLabel: 'Open',
  // Only macOS lets one dialog pick files and folders; elsewhere openDirectory would hide the files.
  properties: process.platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
  filters: [
    { name: 'Articles', extensions: Object.keys(FORMATS).map((ext) => ext.slice(1)) },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** Shows the multi-select Open dialog and loads what the reader picked (nothing when cancelled). */
export async function openWithDialog(win: BrowserWindow | null): Promise<LoadResult> {
  const picked = win ? await dialog.showOpenDialog(win, OPEN_OPTIONS) : await dialog.showOpenDialog(OPEN_OPTIONS);
  if (picked.canceled || picked.filePaths.length === 0) return { articles: [], errors: [] };
  return loadPaths(picked.filePaths);
}

/**
 * Loads files and folders: a folder stands for the article files directly inside it (see expandFolder),
 * as it does for the command line; links out of it are named, Parallax's own reports passed over.
 */
export async function loadPaths(paths: readonly string[]): Promise<LoadResult> {
  const files: string[] = [];
  const errors: LoadError[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    try {
      const inside = await expandFolder(path);
      if (inside.files.length === 0 && inside.skipped.length === 0) {
        errors.push({ file: path, name: basename(path), reason: 'the folder holds no article files (.txt, .md, .html, .json, .pdf, .docx, .mhtml, .eml)' });
      }
      files.push(...inside.files);
      errors.push(...inside.skipped);
    } catch (error) {
      errors.push({ file: path, name: basename(path), reason: describeLoadError(error) });
    }
  }
  const loaded = await loadArticleFiles([...new Set(files)]);
  return { articles: loaded.articles, errors: [...errors, ...loaded.errors] };
}

/** Loads dropped files; a drop without a path on disk (e.g. from a web page) is reported by name. */
export async function openDropped(files: readonly DroppedFile[]): Promise<LoadResult> {
  const onDisk = files.filter((f) => f.path !== '');
  const notOnDisk: LoadError[] = files
    .filter((f) => f.path === '')
    .map((f) => ({ file: f.name, name: basename(f.name), reason: 'it is not a file on this computer (drop files from a folder)' }));
  const loaded = await loadPaths(onDisk.map((f) => f.path));
  return { articles: loaded.articles, errors: [...notOnDisk, ...loaded.errors] };
}

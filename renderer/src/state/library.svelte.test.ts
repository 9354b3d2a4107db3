import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InitialArticles, LoadedArticle, LoadResult, Result } from '../../../electron/contract';
import { MAX_OPEN_ARTICLES, MAX_SET_WORDS } from '../../../electron/limits';
import type { Api } from '../../../electron/preload/api';
import { Library } from './library.svelte';

function article(id: string): LoadedArticle {
  return { id, file: `/data/${id}.txt`, name: `${id}.txt`, format: 'text', encoding: 'utf-8', title: id, text: `${id} text`, paragraphs: [], headline: -1, wordCount: 2, bytes: 8 };
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A preload API that answers from what the test sets, and records what the page asked for. */
function fakeApi() {
  let loaded: ((result: LoadResult) => void) | null = null;
  const api = {
    initialArticles: vi.fn(async (): Promise<Result<InitialArticles>> => ok({ articles: [article('a'), article('b')], errors: [], view: { order: ['b', 'a'] }, previousSet: 0 } as InitialArticles)),
    saveSession: vi.fn(async () => ok({ saved: true as const })),
    openWithDialog: vi.fn(async (): Promise<Result<LoadResult>> => ok({ articles: [article('c')], errors: [] })),
    openDropped: vi.fn(async (): Promise<Result<LoadResult>> => ok({ articles: [], errors: [] })),
    onArticlesLoaded: vi.fn((listener: (result: LoadResult) => void) => {
      loaded = listener;
      return () => (loaded = null);
    }),
    exportReport: vi.fn(),
    onExportRequested: vi.fn(),
    restorePreviousSet: vi.fn(async () => ok({ restored: true })),
    analysisStopped: vi.fn(async () => ok({ saved: true as const })),
  };
  return { api, asApi: api as unknown as Api, fromMenu: (result: LoadResult) => loaded?.(result) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Library', () => {
  it('brings the column closed last back where it stood, once', async () => {
    const { api, asApi } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    await library.openWithDialog();
    library.close('b');
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(library.closed?.article.id).toBe('b');
    expect(library.undoClose()).toBe(true);
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(library.undoClose()).toBe(false);
    await vi.runAllTimersAsync();
    expect(api.saveSession).toHaveBeenLastCalledWith(expect.objectContaining({ articleIds: ['a', 'b', 'c'] }));
  });

  it('opens with the initial set and its saved view, then takes files from the dialog and the menu', async () => {
    const { api, asApi, fromMenu } = fakeApi();
    const library = new Library(asApi);
    expect(library.ready).toBe(false);
    await library.start();
    expect(library.ready).toBe(true);
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(library.restoredView).toEqual({ order: ['b', 'a'] });
    await library.openWithDialog();
    fromMenu({ articles: [article('d')], errors: [{ file: '/data/e.bin', name: 'e.bin', reason: 'it is not text' }] });
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(library.notices.map((n) => `${n.name}: ${n.reason}`)).toEqual(['e.bin: it is not text']);
    expect(library.pending).toBe(0);
    expect(api.openWithDialog).toHaveBeenCalledOnce();
  });

  it('refuses a file already open, and any past the open-article limit, by name', async () => {
    const { asApi } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    library.add({ articles: [article('a')], errors: [] });
    expect(library.notices.map((n) => n.reason)).toEqual(['it is already open']);
    library.add({ articles: Array.from({ length: MAX_OPEN_ARTICLES }, (_, i) => article(`n${i}`)), errors: [] });
    expect(library.articles).toHaveLength(MAX_OPEN_ARTICLES);
    expect(library.notices.filter((n) => n.reason.startsWith(`Parallax keeps at most ${MAX_OPEN_ARTICLES} articles open`))).toHaveLength(2);
    library.dismiss(library.notices[0]!.key);
    expect(library.notices).toHaveLength(2);
    library.dismiss();
    expect(library.notices).toEqual([]);
  });

  it('shows a failed or thrown request as a notice and keeps what is open', async () => {
    const { api, asApi } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    api.openWithDialog.mockResolvedValueOnce({ ok: false, error: 'the dialog could not be shown' });
    await library.openWithDialog();
    api.openDropped.mockRejectedValueOnce(new Error('the drop went wrong'));
    await library.openDropped([new File(['x'], 'x.txt')]);
    expect(library.notices.map((n) => `${n.name}: ${n.reason}`)).toEqual(['Parallax: the dialog could not be shown', 'Parallax: Error: the drop went wrong']);
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(library.pending).toBe(0);
    // Nothing dropped, nothing asked.
    await library.openDropped([]);
    expect(api.openDropped).toHaveBeenCalledOnce();
  });

  it('saves the open set and view once after a burst of changes, and says when saving failed', async () => {
    const { api, asApi } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    library.close('a');
    library.saveView({ panel: 'coverage' });
    library.add({ articles: [article('z')], errors: [] });
    expect(library.sessionState).toBe('pending');
    await vi.runAllTimersAsync();
    expect(api.saveSession).toHaveBeenCalledOnce();
    expect(api.saveSession).toHaveBeenCalledWith({ articleIds: ['b', 'z'], view: { panel: 'coverage' } });
    expect(library.sessionState).toBe('saved');

    api.saveSession.mockResolvedValueOnce({ ok: false, error: 'the disk is full' } as never);
    library.close('b');
    await vi.runAllTimersAsync();
    expect(library.sessionState).toBe('failed');
    expect(library.notices.at(-1)).toMatchObject({ name: 'The session', reason: 'the disk is full', action: 'could not be saved' });
  });

  it('refuses, by name, an article that would take the set past the words Parallax compares at once', async () => {
    const { asApi, fromMenu } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    const book = { ...article('book'), wordCount: MAX_SET_WORDS };
    const short = { ...article('short'), wordCount: 100 };
    fromMenu({ articles: [book, short], errors: [] });
    expect(library.articles.map((a) => a.id)).toEqual(['a', 'b', 'short']);
    expect(library.notices).toEqual([
      expect.objectContaining({ name: 'book.txt', reason: `the set would hold ${(MAX_SET_WORDS + 4).toLocaleString('en')} words, more than the ${MAX_SET_WORDS.toLocaleString('en')} Parallax compares at once; close some articles to add it` }),
    ]);
  });

  it('sends a waiting save at once when the window goes, and records stopped analyses with main', async () => {
    const { api, asApi } = fakeApi();
    const library = new Library(asApi);
    await library.start();
    library.close('a');
    expect(api.saveSession).not.toHaveBeenCalled();
    library.flush();
    expect(api.saveSession).toHaveBeenCalledWith({ articleIds: ['b'], view: { order: ['b', 'a'] } });
    library.flush();
    expect(api.saveSession).toHaveBeenCalledOnce();
    library.analysisStopped(['b']);
    expect(api.analysisStopped).toHaveBeenCalledWith('b');
  });

  it('offers the previous set when the initial answer has one', async () => {
    const { api, asApi } = fakeApi();
    api.initialArticles.mockResolvedValueOnce(ok({ articles: [article('a')], errors: [], view: null, previousSet: 5 }));
    const library = new Library(asApi);
    await library.start();
    expect(library.previousSet).toBe(5);
  });
});

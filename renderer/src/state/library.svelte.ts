import type { LoadedArticle, LoadError, LoadResult, PastedClip, Result } from '../../../electron/contract';
import { MAX_OPEN_ARTICLES, MAX_SET_WORDS } from '../../../electron/limits';
import type { Api } from '../../../electron/preload/api';

/** A problem shown to the reader: the file it concerns, what went wrong with it, and why. */
export interface Notice extends LoadError {
  key: number;
  /** What could not be done, e.g. "could not be saved"; "could not be opened" when absent. */
  action?: string;
}

/** The open article set and the per-file errors; the only place that calls `window.api` for files. */
export class Library {
  articles = $state.raw<LoadedArticle[]>([]);
  notices = $state.raw<Notice[]>([]);
  /** Requests in flight. */
  pending = $state(0);
  /** True once the first set (command line or sample set) has arrived. */
  ready = $state(false);
  /** The view state saved with the set the window opened with (null when there is none). */
  restoredView = $state.raw<unknown>(null);
  /** True when the window opened with the sample set (it had nothing else to show). */
  sample = $state(false);
  /** Articles in the set that files given at launch joined (0: none): "Restore previous set" brings it back. */
  previousSet = $state(0);
  /** The column closed last and where it stood, until it is brought back or another change makes that moot. */
  closed = $state.raw<{ article: LoadedArticle; index: number } | null>(null);
  /** 'saved' once the open set and view state on disk match what the window shows. */
  sessionState = $state<'saved' | 'pending' | 'failed'>('saved');

  #api: Api;
  #nextKey = 1;
  #view: unknown = null;
  #revision = 0;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: Api) {
    this.#api = api;
  }

  /** Loads what the app opens with and listens for files opened from the menu. */
  async start(): Promise<void> {
    this.#api.onArticlesLoaded((result) => this.add(result));
    await this.#request(async () => {
      const initial = await this.#api.initialArticles();
      if (initial.ok) {
        this.#view = this.restoredView = initial.value.view;
        this.previousSet = initial.value.previousSet;
        this.sample = initial.value.sample === true;
      }
      return initial;
    });
    this.ready = true;
  }

  /** Records the view state to save with the open set. */
  saveView(view: unknown): void {
    this.#view = view;
    this.#scheduleSave();
  }

  /** Swaps the open set for the previous one and reloads the window into it (the swap can be undone). */
  async restorePrevious(): Promise<void> {
    this.flush();
    const result = await this.#api.restorePreviousSet();
    if (result.ok && result.value.restored) location.reload();
    else if (!result.ok) this.notify({ file: '', name: 'The previous set', reason: result.error, action: 'could not be restored' });
  }

  /** Tells main these articles' analysis was stopped, so that the next start lists them instead of reopening them. */
  analysisStopped(ids: readonly string[]): void {
    for (const id of ids) void this.#api.analysisStopped(id);
  }

  /** Sends a save that is waiting for its debounce now (the window is closing). */
  flush(): void {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    void this.#api.saveSession({ articleIds: this.articles.map((a) => a.id), view: $state.snapshot(this.#view) });
  }

  /** Shows the Open dialog. */
  openWithDialog(): Promise<void> {
    return this.#request(() => this.#api.openWithDialog());
  }

  /** Opens files dropped on the window. */
  openDropped(files: readonly File[]): Promise<void> {
    if (files.length === 0) return Promise.resolve();
    return this.#request(() => this.#api.openDropped(files));
  }

  /** Makes an article of what the reader pasted (its HTML when the clipboard has some, else its text). */
  paste(clip: PastedClip): Promise<void> {
    if (!clip.html?.trim() && !clip.text.trim()) return Promise.resolve();
    return this.#request(() => this.#api.pasteArticle(clip));
  }

  /** Adds loaded articles (a file already open is reported, not added twice) and their errors. */
  add(result: LoadResult): void {
    // A local lookup for this call, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const open = new Set(this.articles.map((a) => a.id));
    const added: LoadedArticle[] = [];
    const problems: LoadError[] = [...result.errors];
    let words = this.articles.reduce((n, a) => n + a.wordCount, 0);
    for (const article of result.articles) {
      if (open.has(article.id)) {
        problems.push({ file: article.file, name: article.name, reason: 'it is already open' });
      } else if (open.size >= MAX_OPEN_ARTICLES) {
        problems.push({ file: article.file, name: article.name, reason: `Parallax keeps at most ${MAX_OPEN_ARTICLES} articles open; close some to add more` });
      } else if (words + article.wordCount > MAX_SET_WORDS) {
        const total = (words + article.wordCount).toLocaleString('en');
        problems.push({
          file: article.file,
          name: article.name,
          reason: `the set would hold ${total} words, more than the ${MAX_SET_WORDS.toLocaleString('en')} Parallax compares at once; close some articles to add it`,
        });
      } else {
        words += article.wordCount;
        open.add(article.id);
        added.push(article);
      }
    }
    if (added.length) {
      this.articles = [...this.articles, ...added];
      this.#scheduleSave();
    }
    if (problems.length) this.notices = [...this.notices, ...problems.map((p) => ({ ...p, key: this.#nextKey++ }))];
  }

  /** Shows a problem that is not about opening a file, e.g. a report that could not be saved. */
  notify(problem: LoadError & { action: string }): void {
    this.notices = [...this.notices, { ...problem, key: this.#nextKey++ }];
  }

  /** Closes an article's column. */
  close(id: string): void {
    const index = this.articles.findIndex((a) => a.id === id);
    if (index >= 0) this.closed = { article: this.articles[index]!, index };
    this.articles = this.articles.filter((a) => a.id !== id);
    this.#scheduleSave();
  }

  /** Brings the column closed last back where it stood; false when there is none (or it is open again). */
  undoClose(): boolean {
    const closed = this.closed;
    this.closed = null;
    if (!closed || this.articles.some((a) => a.id === closed.article.id)) return false;
    const at = Math.min(closed.index, this.articles.length);
    this.articles = [...this.articles.slice(0, at), closed.article, ...this.articles.slice(at)];
    this.#scheduleSave();
    return true;
  }

  /** Dismisses one notice, or all of them. */
  dismiss(key?: number): void {
    this.notices = key === undefined ? [] : this.notices.filter((n) => n.key !== key);
  }

  /** Saves the open set and view shortly after the last change, so bursts of changes write once. */
  #scheduleSave(): void {
    if (!this.ready && this.articles.length === 0) return;
    this.sessionState = 'pending';
    const revision = ++this.#revision;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(async () => {
      this.#saveTimer = undefined;
      const result = await this.#api.saveSession({ articleIds: this.articles.map((a) => a.id), view: $state.snapshot(this.#view) });
      if (revision !== this.#revision) return;
      this.sessionState = result.ok ? 'saved' : 'failed';
      if (!result.ok) this.notify({ file: '', name: 'The session', reason: result.error, action: 'could not be saved' });
    }, 150);
  }

  async #request(call: () => Promise<Result<LoadResult>>): Promise<void> {
    this.pending++;
    try {
      const result = await call();
      if (result.ok) this.add(result.value);
      else this.add({ articles: [], errors: [{ file: '', name: 'Parallax', reason: result.error }] });
    } catch (error) {
      this.add({ articles: [], errors: [{ file: '', name: 'Parallax', reason: String(error) }] });
    } finally {
      this.pending--;
    }
  }
}

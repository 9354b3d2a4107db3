/**
 * The open set and the view state, kept in userData so that they come back after a restart, a crash
 * of the main process or a reload after a renderer crash. Nothing the reader opened is dropped without
 * their say: files given at launch join the saved set (the set before stays one step back), a saved file
 * that is missing stays in the set until it is back, and a file whose analysis had to be stopped is not
 * opened again on its own.
 */
import { readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { InitialArticles, LoadError, LoadResult } from '../contract';
import { MAX_OPEN_ARTICLES } from '../limits';
import { writeFileAtomic } from './atomic-file';
import { describeFsError, loadArticleFiles } from './loader';

/** Name of the session file in userData. */
export const SESSION_FILE = 'session.json';

const fileList = z.array(z.string().min(1).max(4096)).max(MAX_OPEN_ARTICLES);

const savedSession = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  files: fileList,
  view: z.unknown().optional(),
  /** The set before the last one given at launch replaced or joined it: "Restore previous set". */
  previous: z.object({ files: fileList, view: z.unknown().optional() }).optional(),
  /** Files whose analysis was stopped because it did not finish: not opened again at the next start. */
  stopped: z.array(z.string().min(1).max(4096)).max(MAX_OPEN_ARTICLES).optional(),
});

/** What is written to session.json. */
export type SavedSession = z.infer<typeof savedSession>;

/** Reads and writes session.json; a file that cannot be used is set aside, never fatal. */
export class SessionStore {
  readonly path: string;
  #writes: Promise<void> = Promise.resolve();
  #inFlight = 0;

  constructor(dir: string) {
    this.path = join(dir, SESSION_FILE);
  }

  /** The saved session, or null when there is none; `problem` says why a broken one was set aside. */
  async load(): Promise<{ session: SavedSession | null; problem?: LoadError }> {
    // stat first: reading a FIFO would wait forever, and a folder can never be read or replaced.
    let info;
    try {
      info = await stat(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { session: null };
      return { session: null, problem: this.#problem(describeFsError(error)) };
    }
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a pipe' : 'not a regular file';
      return { session: null, problem: this.#problem(await this.#setAside(`${SESSION_FILE} is ${what}, not a saved session`)) };
    }
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      return { session: null, problem: this.#problem(describeFsError(error)) };
    }
    let reason: string;
    try {
      const parsed = savedSession.safeParse(JSON.parse(raw));
      if (parsed.success) return { session: parsed.data };
      reason = `it does not hold a Parallax session (${parsed.error.issues[0]?.message ?? 'unexpected content'})`;
    } catch (error) {
      reason = `it is not valid JSON (${(error as Error).message})`;
    }
    return { session: null, problem: this.#problem(await this.#setAside(reason)) };
  }

  /** Saves `session` atomically, readable by the reader only; writes happen one after another in call order. */
  save(session: SavedSession): Promise<void> {
    this.#inFlight++;
    const write = this.#writes
      .then(() => writeFileAtomic(this.path, JSON.stringify(session), { mode: 0o600, enforceMode: true }))
      .finally(() => this.#inFlight--);
    this.#writes = write.catch(() => undefined);
    return write;
  }

  /** True while a save has not reached the disk. */
  get busy(): boolean {
    return this.#inFlight > 0;
  }

  /** Resolves once every save asked for so far has finished (or failed). */
  settled(): Promise<void> {
    return this.#writes;
  }

  async #setAside(reason: string): Promise<string> {
    const aside = join(this.path, '..', `session.corrupt-${Date.now()}.json`);
    try {
      await rename(this.path, aside);
      return `${reason}; it was set aside as ${basename(aside)}`;
    } catch {
      return `${reason}; it could not be set aside and will be overwritten`;
    }
  }

  #problem(reason: string): LoadError {
    return { file: this.path, name: 'Saved session', reason: `${reason}. Parallax started without it` };
  }
}

/** True when `file` is not there at all (deleted, moved, or on a drive that is not mounted). */
async function isMissing(file: string): Promise<boolean> {
  try {
    await stat(file);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** `files` without repeats, first occurrence kept. */
function unique(files: readonly string[]): string[] {
  return [...new Set(files)];
}

/**
 * The session as main knows it: which file each article id came from, and the open set and view the
 * renderer last reported. The renderer names articles by id only; main maps ids to the paths it loaded.
 */
export class Session {
  #files = new Map<string, string>();
  #current: SavedSession | null = null;
  /** Files of the set that were not there when it was opened: kept in the set, in their place. */
  #missing = new Set<string>();
  /** True once this run put a previous set aside (launch files joined the saved set, or a restore). */
  #offerPrevious = false;

  constructor(
    private readonly store: SessionStore,
    private readonly launchFiles: readonly string[],
    private readonly sampleFiles: () => Promise<string[]>,
  ) {}

  /** Records the files behind loaded articles, so later updates can name them by id. */
  remember(result: LoadResult): LoadResult {
    for (const article of result.articles) {
      this.#files.set(article.id, article.file);
      // Opened again on purpose: no longer missing, and the reader wants it analysed again.
      this.#missing.delete(article.file);
      if (this.#current?.stopped) this.#current.stopped = this.#current.stopped.filter((f) => f !== article.file);
    }
    return result;
  }

  /** The files behind these article ids, in the same order; ids main never loaded are left out. */
  filesOf(articleIds: readonly string[]): string[] {
    return articleIds.map((id) => this.#files.get(id)).filter((f): f is string => f !== undefined);
  }

  /**
   * What the window opens with: the set it had (after a renderer reload), else the saved set with the
   * files given at launch added to it, else the files given at launch, else the sample set.
   */
  async initial(): Promise<InitialArticles> {
    if (this.#current) return this.#open(this.#current, [], new Set(this.#current.files));
    const { session, problem } = await this.store.load();
    const problems = problem ? [problem] : [];
    const saved = session && session.files.length > 0 ? session : null;
    if (this.launchFiles.length > 0) {
      const files = unique([...(saved?.files ?? []), ...this.launchFiles]).slice(-MAX_OPEN_ARTICLES);
      const changed = !saved || files.length !== saved.files.length;
      const next: SavedSession = {
        version: 2,
        files,
        ...(saved ? { view: saved.view } : {}),
        ...(saved && changed ? { previous: { files: saved.files, view: saved.view } } : session?.previous ? { previous: session.previous } : {}),
        ...(session?.stopped ? { stopped: session.stopped.filter((f) => !this.launchFiles.includes(f)) } : {}),
      };
      this.#offerPrevious = Boolean(saved && changed);
      const opened = await this.#open(next, problems, new Set(saved?.files ?? []));
      const now = this.#saved();
      if (saved && now.files.join('\n') === saved.files.join('\n')) {
        // Every file given at launch was already there or could not be opened: nothing to step back from.
        const { previous: _joined, ...rest } = now;
        this.#current = { ...rest, ...(session?.previous ? { previous: session.previous } : {}) };
        this.#offerPrevious = false;
        return { ...opened, previousSet: 0 };
      }
      // The set given at launch is saved at once, so it is not lost if the window never reports back.
      if (changed) await this.store.save(this.#saved()).catch(() => undefined);
      return opened;
    }
    if (saved) return this.#open({ ...saved, version: 2 }, problems, new Set(saved.files));
    const loaded = await this.#load(await this.sampleFiles());
    // A reader who closed every article keeps their view settings (switches, side-view width, hint seen).
    const view = session?.view ?? null;
    this.#current = { version: 2, files: loaded.articles.map((a) => a.file), ...(view !== null ? { view } : {}) };
    return { articles: loaded.articles, errors: [...problems, ...loaded.errors], view, previousSet: this.#previousCount(), sample: true };
  }

  /** Takes the renderer's open set (ids, in column order) and view state, and saves them. */
  async update(articleIds: readonly string[], view: unknown): Promise<void> {
    const open = this.filesOf(articleIds);
    this.#current = { ...this.#current, version: 2, files: this.#withMissing(open), view };
    await this.store.save(this.#saved());
  }

  /**
   * Notes that the analysis of an article was stopped because it did not finish: at the next start its
   * file is listed, not opened, until the reader opens it again.
   */
  async analysisStopped(articleId: string): Promise<void> {
    const file = this.#files.get(articleId);
    if (!file || !this.#current) return;
    this.#current.stopped = unique([...(this.#current.stopped ?? []), file]);
    await this.store.save(this.#saved());
  }

  /**
   * Swaps the open set for the one before it (the saved set that files given at launch joined); the set
   * swapped out becomes the previous one, so the step can be undone. False when there is none.
   */
  async restorePrevious(): Promise<boolean> {
    const current = this.#current;
    if (!current?.previous) return false;
    this.#current = {
      ...current,
      files: current.previous.files,
      view: current.previous.view,
      previous: { files: current.files, view: current.view },
    };
    this.#missing.clear();
    this.#offerPrevious = true;
    await this.store.save(this.#saved());
    return true;
  }

  /** True while a save has not reached the disk (the app waits for it before quitting). */
  get saving(): boolean {
    return this.store.busy;
  }

  /** Resolves once every save asked for so far has finished. */
  settled(): Promise<void> {
    return this.store.settled();
  }

  #saved(): SavedSession {
    return this.#current ?? { version: 2, files: [] };
  }

  #previousCount(): number {
    return this.#offerPrevious ? (this.#current?.previous?.files.length ?? 0) : 0;
  }

  /**
   * Opens a set: stopped files are listed instead of opened; files of the saved set (`kept`) that are
   * missing stay in the set, while a file named at launch that does not exist is only reported.
   */
  async #open(set: SavedSession, problems: LoadError[], kept: ReadonlySet<string>): Promise<InitialArticles> {
    const stopped = new Set(set.stopped ?? []);
    const toLoad = set.files.filter((f) => !stopped.has(f));
    const skipped: LoadError[] = set.files
      .filter((f) => stopped.has(f))
      .map((file) => ({
        file,
        name: basename(file),
        reason: 'its analysis was stopped last time because it did not finish, so it was not opened again (open it to try once more)',
      }));
    const loaded = await this.#load(toLoad);
    const errors: LoadError[] = [];
    const dropped = new Set<string>();
    this.#missing.clear();
    for (const error of loaded.errors) {
      if (!kept.has(error.file)) {
        dropped.add(error.file);
        errors.push(error);
      } else if (await isMissing(error.file)) {
        this.#missing.add(error.file);
        errors.push({
          ...error,
          reason: `it is missing from ${error.file} (moved, deleted, or on a drive that is not connected); it stays in the set and opens when it is back`,
        });
      } else errors.push(error);
    }
    this.#current = { ...set, version: 2, files: set.files.filter((f) => !stopped.has(f) && !dropped.has(f)) };
    return { articles: loaded.articles, errors: [...problems, ...skipped, ...errors], view: set.view ?? null, previousSet: this.#previousCount() };
  }

  /** `open` with the missing files of the set put back in their places. */
  #withMissing(open: readonly string[]): string[] {
    if (this.#missing.size === 0) return [...open];
    const before = this.#current?.files ?? [];
    const out = [...open];
    for (const file of before) {
      if (!this.#missing.has(file) || out.includes(file)) continue;
      // After the nearest file that came before it in the saved order and is still in the set.
      const i = before.indexOf(file);
      let at = 0;
      for (let j = i - 1; j >= 0; j--) {
        const k = out.indexOf(before[j]!);
        if (k !== -1) {
          at = k + 1;
          break;
        }
      }
      out.splice(at, 0, file);
    }
    return out.slice(0, MAX_OPEN_ARTICLES);
  }

  async #load(files: readonly string[]): Promise<LoadResult> {
    return this.remember(await loadArticleFiles(files));
  }
}

/**
 * The open set and the view state, kept in userData so that they come back after a restart, a crash
 * of the main process or a reload after a renderer crash.
 */
import { readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { InitialArticles, LoadError, LoadResult } from '../contract';
import { MAX_OPEN_ARTICLES } from '../limits';
import { writeFileAtomic } from './atomic-file';
import { describeFsError, loadArticleFiles } from './loader';

/** Name of the session file in userData. */
export const SESSION_FILE = 'session.json';

const savedSession = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(MAX_OPEN_ARTICLES),
  view: z.unknown().optional(),
});

/** What is written to session.json. */
export type SavedSession = z.infer<typeof savedSession>;

/** Reads and writes session.json; a file that cannot be used is set aside, never fatal. */
export class SessionStore {
  readonly path: string;
  #writes: Promise<void> = Promise.resolve();

  constructor(dir: string) {
    this.path = join(dir, SESSION_FILE);
  }

  /** The saved session, or null when there is none; `problem` says why a broken one was set aside. */
  async load(): Promise<{ session: SavedSession | null; problem?: LoadError }> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { session: null };
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
    const aside = join(this.path, '..', `session.corrupt-${Date.now()}.json`);
    try {
      await rename(this.path, aside);
      reason += `; it was set aside as ${basename(aside)}`;
    } catch {
      reason += '; it could not be set aside and will be overwritten';
    }
    return { session: null, problem: this.#problem(reason) };
  }

  /** Saves `session` atomically; writes happen one after another in call order. */
  save(session: SavedSession): Promise<void> {
    const write = this.#writes.then(() => writeFileAtomic(this.path, JSON.stringify(session)));
    this.#writes = write.catch(() => undefined);
    return write;
  }

  #problem(reason: string): LoadError {
    return { file: this.path, name: 'Saved session', reason: `${reason}. Parallax started without it` };
  }
}

/**
 * The session as main knows it: which file each article id came from, and the open set and view the
 * renderer last reported. The renderer names articles by id only; main maps ids to the paths it loaded.
 */
export class Session {
  #files = new Map<string, string>();
  #current: SavedSession | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly launchFiles: readonly string[],
    private readonly sampleFiles: () => Promise<string[]>,
  ) {}

  /** Records the files behind loaded articles, so later updates can name them by id. */
  remember(result: LoadResult): LoadResult {
    for (const article of result.articles) this.#files.set(article.id, article.file);
    return result;
  }

  /** The files behind these article ids, in the same order; ids main never loaded are left out. */
  filesOf(articleIds: readonly string[]): string[] {
    return articleIds.map((id) => this.#files.get(id)).filter((f): f is string => f !== undefined);
  }

  /**
   * What the window opens with: the set it had (after a renderer reload), else the files given at
   * launch, else the saved session, else the sample set.
   */
  async initial(): Promise<InitialArticles> {
    if (this.#current) return { ...(await this.#load(this.#current.files)), view: this.#current.view ?? null };
    if (this.launchFiles.length > 0) return { ...(await this.#load(this.launchFiles)), view: null };
    const { session, problem } = await this.store.load();
    const problems = problem ? [problem] : [];
    if (session && session.files.length > 0) {
      const loaded = await this.#load(session.files);
      return { articles: loaded.articles, errors: [...problems, ...loaded.errors], view: session.view ?? null };
    }
    const loaded = await this.#load(await this.sampleFiles());
    return { articles: loaded.articles, errors: [...problems, ...loaded.errors], view: null };
  }

  /** Takes the renderer's open set (ids, in column order) and view state, and saves them. */
  async update(articleIds: readonly string[], view: unknown): Promise<void> {
    this.#current = { version: 1, files: this.filesOf(articleIds), view };
    await this.store.save(this.#current);
  }

  async #load(files: readonly string[]): Promise<LoadResult> {
    return this.remember(await loadArticleFiles(files));
  }
}

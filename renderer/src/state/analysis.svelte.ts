import type { LoadedArticle } from '../../../electron/contract';
import type { ArticleAnalysis, ArticleInput, Comparison } from '../../../engine/index';
import type { AnalysisRequest, AnalysisResponse, SlicedField, WorkerMessage } from '../workers/protocol';
import { outletNames } from '../../../report/outlets';
import type { Overview } from '../../../report/overview';
import { ComparisonIndex } from './comparison-index';
import { inColumnOrder } from './report-payload';

/** Where the analysis of the open set stands. */
export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error';

/** The minimal worker surface, so tests or other hosts can hand in their own. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  /** An uncaught error inside the worker (a stack overflow, a failed import). */
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Articles whose analysis was stopped, and why, in words for the reader. */
export interface StoppedAnalysis {
  /** The ids of the articles set aside. */
  ids: string[];
  /** The file names of the articles set aside. */
  names: string[];
  /** The names for a message: "a.txt", "a.txt and b.txt", "a.txt, b.txt, c.txt and 4 more". */
  label: string;
  reason: string;
}

/**
 * How long one analysis may take before the watchdog stops it: 30 s, plus 20 ms per 1,000
 * characters (the largest set the limits allow, 250 articles of 8,000 words, took about 200 s).
 */
export function analysisBudget(inputs: readonly ArticleInput[]): number {
  const chars = inputs.reduce((n, input) => n + input.text.length, 0);
  return 30_000 + Math.ceil(chars / 1000) * 20;
}

/** A run older than this is stopped for a newer set rather than waited for (its answer would be dropped). */
const SUPERSEDE_AFTER_MS = 1_000;

/** What a request ends with: the worker's answer, or the watchdog's when it stopped the worker. */
type RunResult = AnalysisResponse | { id: number; ok: false; error: string; stopped: 'timeout' | 'crash' | 'superseded' };

/** A list of names for a message: all of them, or the first few and how many more. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * Runs the engine in a Web Worker over the open articles and holds the latest comparison. A watchdog
 * stops a run that takes too long (or a worker that fails): the worker is replaced, the articles new
 * since the last finished analysis are set aside and named, and the rest are analysed without them.
 */
export class Analysis {
  comparison = $state.raw<Comparison | null>(null);
  /** "How they differ" for `comparison`, built by the worker alongside it (null for fewer than two articles). */
  overview = $state.raw<Overview | null>(null);
  status = $state<AnalysisStatus>('idle');
  error = $state('');
  /** How many articles the running (or last) request carries. */
  count = $state(0);
  /** Time the engine took for the last result, in ms. */
  ms = $state(0);
  /** When the running request was sent (performance.now()), for the elapsed-time display. */
  startedAt = $state(0);
  /** Lookups over `comparison`. */
  index = $derived(new ComparisonIndex(this.comparison));

  #createWorker: () => WorkerLike;
  #budget: (inputs: readonly ArticleInput[]) => number;
  #onstopped: (stopped: StoppedAnalysis) => void;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  // Bookkeeping for requests in flight and the articles set aside, not state the page renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #resolvers = new Map<number, { resolve: (result: RunResult) => void; parts: ArticleAnalysis[]; slices: Partial<Record<SlicedField, unknown[]>>; timer: ReturnType<typeof setTimeout> }>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #setAside = new Set<string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #analysed = new Set<string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #names = new Map<string, string>();
  #generation = 0;
  #queued: ArticleInput[] | null = null;
  /** Outlet names of the open set, by id, for the overview the worker builds. */
  #outlets: [string, string][] = [];
  #busy = false;
  #runStarted = 0;

  /**
   * `createWorker` makes the analysis worker (main.ts: the real one; tests: a fake), when first
   * needed and again after the watchdog stopped one. `onstopped` tells the reader which articles
   * were set aside and why; `budget` is how long a request may take (analysisBudget by default).
   */
  constructor(
    createWorker: () => WorkerLike,
    { onstopped = () => undefined, budget = analysisBudget }: { onstopped?: (stopped: StoppedAnalysis) => void; budget?: (inputs: readonly ArticleInput[]) => number } = {},
  ) {
    this.#createWorker = createWorker;
    this.#onstopped = onstopped;
    this.#budget = budget;
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#createWorker();
    worker.onmessage = (event) => {
      const message = event.data;
      const pending = this.#resolvers.get(message.id);
      if (!pending) return;
      if ('part' in message) {
        pending.parts[message.part] = message.article;
        return;
      }
      if ('field' in message) {
        (pending.slices[message.field] ??= []).push(...message.items);
        return;
      }
      const result = message.ok ? { ...message, comparison: { ...message.comparison, ...pending.slices, articles: pending.parts } as Comparison } : message;
      // Taken up in a task of its own: decoding this last message and showing the result in one task ran
      // past 50 ms at 50 articles.
      setTimeout(() => this.#settle(message.id, result), 0);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#stop('crash', `the analysis failed (${event.message || 'the worker stopped'})`);
    };
    this.#worker = worker;
    return worker;
  }

  #settle(id: number, result: RunResult): void {
    const pending = this.#resolvers.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#resolvers.delete(id);
    pending.resolve(result);
  }

  /** Stops the worker and ends every request in flight with `why`; the next request starts a new worker. */
  #stop(stopped: 'timeout' | 'crash' | 'superseded', error: string): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const id of [...this.#resolvers.keys()]) this.#settle(id, { id, ok: false, error, stopped });
  }

  /**
   * Starts the analysis worker ahead of the first request, so that loading its script and NLP model overlaps the
   * app's own start and the reading of the first files.
   */
  prepare(): void {
    this.#ensureWorker();
  }

  /** Sends one request and resolves with the worker's answer to it, or the watchdog's. */
  request(inputs: ArticleInput[], names?: [string, string][]): Promise<RunResult> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    const budget = this.#budget(inputs);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#stop('timeout', `the analysis did not finish within ${Math.round(budget / 1000)} s and was stopped`), budget);
      this.#resolvers.set(id, { resolve, parts: [], slices: {}, timer });
      worker.postMessage({ id, inputs, ...(names ? { names } : {}) });
    });
  }

  /**
   * The comparison of exactly `articles`, in their order: the one the window shows when it is of the same
   * set (reordered), else a run of its own in the worker (when some columns are hidden, or a run is due).
   */
  async of(articles: readonly LoadedArticle[]): Promise<Comparison> {
    const held = this.status === 'done' ? this.comparison : null;
    const ids = articles.map((a) => a.id);
    if (held && held.articles.length === ids.length && ids.every((id) => held.articles.some((a) => a.id === id))) return inColumnOrder(held, ids);
    const response = await this.request(articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name })));
    if (!response.ok) throw new Error(response.error);
    return response.comparison;
  }

  /** Analyses the open set; while a run is in flight only the newest set waits for its turn. */
  update(articles: readonly LoadedArticle[]): void {
    for (const a of articles) this.#names.set(a.id, a.name);
    this.#outlets = [...outletNames(articles)];
    const inputs = articles.filter((a) => !this.#setAside.has(a.id)).map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name }));
    this.#generation++;
    this.count = inputs.length;
    if (inputs.length === 0) {
      this.#queued = null;
      this.comparison = null;
      this.overview = null;
      if (articles.length === 0 || this.status !== 'error') this.status = 'idle';
      return;
    }
    this.status = 'running';
    this.startedAt = performance.now();
    if (this.#busy) {
      this.#queued = inputs;
      // A long run's answer would be dropped anyway: stop it rather than make the new set wait.
      if (performance.now() - this.#runStarted > SUPERSEDE_AFTER_MS) this.#stop('superseded', 'a newer set replaced it');
      return;
    }
    void this.#run(inputs);
  }

  async #run(inputs: ArticleInput[]): Promise<void> {
    this.#busy = true;
    this.#runStarted = performance.now();
    const generation = this.#generation;
    const response = await this.request(inputs, this.#outlets);
    this.#busy = false;
    const next = this.#queued;
    this.#queued = null;
    if (next) {
      void this.#run(next);
      return;
    }
    if (generation !== this.#generation) return;
    if (response.ok) {
      this.#analysed.clear();
      for (const i of inputs) this.#analysed.add(i.id);
      this.comparison = response.comparison;
      this.overview = response.overview ?? null;
      this.ms = response.ms;
      this.error = '';
      this.status = 'done';
      return;
    }
    if ('stopped' in response && response.stopped !== 'superseded') {
      // The articles new since the last finished analysis are the suspects; without one, all of them.
      const fresh = inputs.filter((i) => !this.#analysed.has(i.id));
      const blamed = fresh.length > 0 ? fresh : inputs;
      for (const b of blamed) this.#setAside.add(b.id);
      const names = blamed.map((b) => this.#names.get(b.id) ?? b.id);
      const rest = inputs.filter((i) => !this.#setAside.has(i.id));
      this.#onstopped({ ids: blamed.map((b) => b.id), names, label: nameList(names), reason: rest.length > 0 ? `${response.error}; the other articles are analysed without ${names.length === 1 ? 'it' : 'them'}` : response.error });
      if (rest.length > 0) {
        this.count = rest.length;
        void this.#run(rest);
        return;
      }
      this.comparison = null;
      this.overview = null;
      this.error = `${nameList(names)}: ${response.error}`;
      this.status = 'error';
      return;
    }
    this.error = response.error;
    this.status = 'error';
  }
}

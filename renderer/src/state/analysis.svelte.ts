import type { LoadedArticle } from '../../../electron/contract';
import type { ArticleAnalysis, ArticleInput, Comparison } from '../../../engine/index';
import type { AnalysisRequest, AnalysisResponse, WorkerMessage } from '../workers/protocol';
import { ComparisonIndex } from './comparison-index';

/** Where the analysis of the open set stands. */
export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error';

/** The minimal worker surface, so tests or other hosts can hand in their own. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
}

/** Runs the engine in a Web Worker over the open articles and holds the latest comparison. */
export class Analysis {
  comparison = $state.raw<Comparison | null>(null);
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
  #worker: WorkerLike | null = null;
  #nextId = 1;
  // Bookkeeping for requests in flight, not state the page renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #resolvers = new Map<number, { resolve: (response: AnalysisResponse) => void; parts: ArticleAnalysis[] }>();
  #generation = 0;
  #queued: ArticleInput[] | null = null;
  #busy = false;

  /** `createWorker` makes the analysis worker (main.ts: the real one; tests: a fake), when first needed. */
  constructor(createWorker: () => WorkerLike) {
    this.#createWorker = createWorker;
  }

  #ensureWorker(): WorkerLike {
    if (!this.#worker) this.#worker = this.#createWorker();
    this.#worker.onmessage = (event) => {
      const message = event.data;
      const pending = this.#resolvers.get(message.id);
      if (!pending) return;
      if ('part' in message) {
        pending.parts[message.part] = message.article;
        return;
      }
      this.#resolvers.delete(message.id);
      pending.resolve(message.ok ? { ...message, comparison: { ...message.comparison, articles: pending.parts } } : message);
    };
    return this.#worker;
  }

  /** Sends one request and resolves with the worker's answer to it. */
  request(inputs: ArticleInput[]): Promise<AnalysisResponse> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#resolvers.set(id, { resolve, parts: [] });
      worker.postMessage({ id, inputs });
    });
  }

  /** Analyses the open set; while a run is in flight only the newest set waits for its turn. */
  update(articles: readonly LoadedArticle[]): void {
    const inputs = articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name }));
    this.#generation++;
    this.count = inputs.length;
    if (inputs.length === 0) {
      this.#queued = null;
      this.comparison = null;
      this.status = 'idle';
      return;
    }
    this.status = 'running';
    this.startedAt = performance.now();
    if (this.#busy) {
      this.#queued = inputs;
      return;
    }
    void this.#run(inputs);
  }

  async #run(inputs: ArticleInput[]): Promise<void> {
    this.#busy = true;
    const generation = this.#generation;
    const response = await this.request(inputs);
    this.#busy = false;
    const next = this.#queued;
    this.#queued = null;
    if (next) {
      void this.#run(next);
      return;
    }
    if (generation !== this.#generation) return;
    if (response.ok) {
      this.comparison = response.comparison;
      this.ms = response.ms;
      this.error = '';
      this.status = 'done';
    } else {
      this.error = response.error;
      this.status = 'error';
    }
  }
}

/**
 * Loader workers that read and parse files off the main thread. Each file has a time budget and each
 * worker a memory limit: a file past either is refused by name, its worker replaced, and the other
 * files go on loading.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedArticle } from '../../contract';
import { MAX_LOAD_MEMORY_MB, MAX_LOAD_SECONDS } from '../../limits';
import { LoadFailure } from './errors';
import type { LoadResponse } from './protocol';
import workerScript from './worker?modulePath';

/** How a pool runs its workers; the defaults are Parallax's limits. */
export interface PoolOptions {
  /** Most workers at once. */
  size?: number;
  /** Time budget per file, in seconds. */
  seconds?: number;
  /** JavaScript heap limit per worker, in MB. */
  memoryMb?: number;
}

interface Job {
  path: string;
  resolve: (article: LoadedArticle) => void;
  reject: (error: LoadFailure) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  jobId: number;
  timer?: NodeJS.Timeout;
}

/** An idle worker is ended after this long (it holds the HTML parsers once a web page was read). */
const IDLE_MS = 5_000;

/** A pool of loader workers (worker_threads, so the Electron main process and the CLI share it). */
export class LoaderPool {
  readonly #size: number;
  readonly #seconds: number;
  readonly #memoryMb: number;
  readonly #queue: Job[] = [];
  readonly #slots = new Set<Slot>();
  #nextId = 1;

  constructor({ size, seconds = MAX_LOAD_SECONDS, memoryMb = MAX_LOAD_MEMORY_MB }: PoolOptions = {}) {
    // Parsing is CPU-bound and each worker may hold up to its memory limit: a few are enough.
    this.#size = size ?? Math.max(1, Math.min(4, availableParallelism()));
    this.#seconds = seconds;
    this.#memoryMb = memoryMb;
  }

  /** Loads one file in a worker; rejects with a LoadFailure naming the reason. */
  load(path: string): Promise<LoadedArticle> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ path, resolve, reject });
      this.#dispatch();
    });
  }

  /** Ends every worker; files still loading are refused. */
  async close(): Promise<void> {
    for (const job of this.#queue.splice(0)) job.reject(new LoadFailure('Parallax stopped reading files'));
    await Promise.all([...this.#slots].map((slot) => this.#retire(slot, 'Parallax stopped reading files')));
  }

  #spawn(): Slot {
    const worker = new Worker(workerScript, {
      // https://nodejs.org/api/worker_threads.html#new-workerfilename-options: past these limits the
      // worker alone ends (ERR_WORKER_OUT_OF_MEMORY), not the process.
      resourceLimits: { maxOldGenerationSizeMb: this.#memoryMb, maxYoungGenerationSizeMb: Math.min(32, this.#memoryMb), stackSizeMb: 8 },
    });
    const slot: Slot = { worker, job: null, jobId: 0 };
    worker.on('message', (response: LoadResponse) => {
      if (response.id !== slot.jobId || !slot.job) return;
      const job = this.#settle(slot);
      if ('article' in response) job.resolve(response.article);
      else job.reject(new LoadFailure(response.reason));
      this.#idle(slot);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading it needs more than the ${this.#memoryMb} MB of memory Parallax allows for one file`
          : `reading it failed (${error.message})`;
      void this.#retire(slot, reason);
    });
    worker.on('exit', () => void this.#retire(slot, 'the file reader stopped before it was done'));
    this.#slots.add(slot);
    return slot;
  }

  #settle(slot: Slot): Job {
    clearTimeout(slot.timer);
    const job = slot.job!;
    slot.job = null;
    return job;
  }

  /** Takes a worker out of the pool, refusing the file it was reading with `reason`. */
  async #retire(slot: Slot, reason: string): Promise<void> {
    if (!this.#slots.delete(slot)) return;
    if (slot.job) this.#settle(slot).reject(new LoadFailure(reason));
    clearTimeout(slot.timer);
    this.#dispatch();
    await slot.worker.terminate();
  }

  #idle(slot: Slot): void {
    // An idle worker does not keep the process (the CLI) alive, and ends after a while.
    slot.worker.unref();
    slot.timer = setTimeout(() => void this.#retire(slot, ''), IDLE_MS);
    slot.timer.unref();
    this.#dispatch();
  }

  #run(slot: Slot, job: Job): void {
    clearTimeout(slot.timer);
    slot.job = job;
    slot.jobId = this.#nextId++;
    slot.worker.ref();
    slot.timer = setTimeout(
      () => void this.#retire(slot, `reading it took longer than the ${this.#seconds} seconds Parallax allows for one file`),
      this.#seconds * 1000,
    );
    slot.worker.postMessage({ id: slot.jobId, path: job.path });
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.job) this.#run(slot, this.#queue.shift()!);
    }
    while (this.#queue.length > 0 && this.#slots.size < this.#size) this.#run(this.#spawn(), this.#queue.shift()!);
  }
}

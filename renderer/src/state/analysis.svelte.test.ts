import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedArticle } from '../../../electron/contract';
import { analyze } from '../../../engine/index';
import { answer } from '../workers/answer';
import type { AnalysisRequest, WorkerMessage } from '../workers/protocol';
import { Analysis, analysisBudget, type StoppedAnalysis, type WorkerLike } from './analysis.svelte';

function article(id: string, text: string): LoadedArticle {
  return { id, file: `/data/${id}.txt`, name: `${id}.txt`, format: 'text', encoding: 'utf-8', title: text.split('\n')[0]!, text, paragraphs: [], headline: -1, wordCount: 0, bytes: text.length };
}

const A = article('a', 'Talks resume\n\nOfficials said talks resume in June.');
const B = article('b', 'Talks to resume\n\nTalks resume in June, a spokesman claimed.');
const C = article('c', 'Talks off\n\nThe talks will not resume, officials said.');

/** A worker the test answers by hand: it keeps each request and posts what the real worker would. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: AnalysisRequest[] = [];
  terminated = false;
  postMessage(message: AnalysisRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  post(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
  /** Answers a request as analysis.worker.ts does (each article on its own, the long lists in slices, then the rest), in 12 ms. */
  answer(request: AnalysisRequest): void {
    answer(request, (message) => this.post('ms' in message ? { ...message, ms: 12 } : message));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Analysis', () => {
  it('starts its worker ahead of the first request when asked, and sends that request to it', () => {
    const made: FakeWorker[] = [];
    const analysis = new Analysis(() => {
      made.push(new FakeWorker());
      return made[made.length - 1]!;
    });
    expect(made).toHaveLength(0);
    analysis.prepare();
    analysis.prepare();
    expect(made).toHaveLength(1);
    analysis.update([A, B]);
    expect(made).toHaveLength(1);
    expect(made[0]!.requests).toHaveLength(1);
  });

  it('sends the open set to the worker and puts the answer back together in order', async () => {
    const worker = new FakeWorker();
    const analysis = new Analysis(() => worker);
    expect(analysis.status).toBe('idle');
    analysis.update([A, B]);
    expect(analysis.status).toBe('running');
    expect(analysis.count).toBe(2);
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0]!.inputs.map((i) => i.id)).toEqual(['a', 'b']);
    worker.answer(worker.requests[0]!);
    await settle();
    expect(analysis.status).toBe('done');
    expect(analysis.ms).toBe(12);
    expect(analysis.comparison?.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(analysis.index.article('b')?.id).toBe('b');
    // The overview comes with it, built in the worker under the outlets' names.
    expect(analysis.overview?.outlets.map((o) => o.outlet)).toEqual(['A', 'B']);
  });

  it('puts the long lists back together from their slices, in order', async () => {
    const worker = new FakeWorker();
    const analysis = new Analysis(() => worker);
    analysis.update([A, B, C]);
    const request = worker.requests[0]!;
    const whole = analyze(request.inputs);
    expect(whole.facts.length).toBeGreaterThan(1);
    const sliced: string[] = [];
    answer(
      request,
      (message) => {
        if ('field' in message) sliced.push(message.field);
        worker.post(message);
      },
      1,
    );
    await settle();
    expect(sliced.filter((f) => f === 'facts')).toHaveLength(whole.facts.length);
    expect(analysis.comparison?.alignments).toEqual(whole.alignments);
    expect(analysis.comparison?.facts).toEqual(whole.facts);
    expect(analysis.comparison?.concepts).toEqual(whole.concepts);
  });

  it('while one run is in flight, only the newest set waits; the older answer is dropped', async () => {
    const worker = new FakeWorker();
    const analysis = new Analysis(() => worker);
    analysis.update([A]);
    analysis.update([A, B]);
    analysis.update([B]);
    expect(worker.requests).toHaveLength(1);
    worker.answer(worker.requests[0]!);
    await settle();
    expect(analysis.comparison).toBeNull();
    expect(worker.requests).toHaveLength(2);
    expect(worker.requests[1]!.inputs.map((i) => i.id)).toEqual(['b']);
    worker.answer(worker.requests[1]!);
    await settle();
    expect(analysis.status).toBe('done');
    expect(analysis.comparison?.articles.map((a) => a.id)).toEqual(['b']);
  });

  it('reports the engine’s error, and an empty set is idle with no comparison', async () => {
    const worker = new FakeWorker();
    const analysis = new Analysis(() => worker);
    analysis.update([A]);
    worker.post({ id: worker.requests[0]!.id, ok: false, error: 'the engine failed' });
    await settle();
    expect(analysis.status).toBe('error');
    expect(analysis.error).toBe('the engine failed');
    analysis.update([]);
    expect(analysis.status).toBe('idle');
    expect(analysis.comparison).toBeNull();
  });
});

/** An Analysis whose workers the test holds, with a short watchdog (one second) and fake clocks. */
function watched(budget = 1_000) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  const workers: FakeWorker[] = [];
  const stopped: StoppedAnalysis[] = [];
  const analysis = new Analysis(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { onstopped: (s) => stopped.push(s), budget: () => budget },
  );
  const last = () => workers.at(-1)!;
  return { analysis, workers, stopped, last };
}

/** Lets the promise chain after a worker answer or a watchdog stop run, without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('the analysis watchdog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops a stuck run, restarts the worker, names the new article and analyses the rest without it', async () => {
    const { analysis, workers, stopped, last } = watched();
    analysis.update([A]);
    last().answer(last().requests[0]!);
    await flush();
    expect(analysis.status).toBe('done');

    analysis.update([A, B]);
    expect(last().requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(stopped).toEqual([
      { ids: ['b'], names: ['b.txt'], label: 'b.txt', reason: 'the analysis did not finish within 1 s and was stopped; the other articles are analysed without it' },
    ]);
    // A new worker analyses the rest.
    expect(workers).toHaveLength(2);
    expect(analysis.status).toBe('running');
    expect(last().requests.map((r) => r.inputs.map((i) => i.id))).toEqual([['a']]);
    last().answer(last().requests[0]!);
    await flush();
    expect(analysis.status).toBe('done');
    expect(analysis.comparison?.articles.map((a) => a.id)).toEqual(['a']);

    // The article set aside stays out while it is open; others join as usual.
    analysis.update([A, B, C]);
    expect(last().requests.at(-1)!.inputs.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('treats an error inside the worker the same way', async () => {
    const { analysis, workers, stopped, last } = watched();
    analysis.update([A, C]);
    last().answer(last().requests[0]!);
    await flush();
    analysis.update([A, B, C]);
    let prevented = false;
    last().onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded', preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    await flush();
    expect(prevented).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    expect(stopped.map((s) => [s.label, s.reason])).toEqual([
      ['b.txt', 'the analysis failed (Uncaught RangeError: Maximum call stack size exceeded); the other articles are analysed without it'],
    ]);
    expect(last().requests[0]!.inputs.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('when nothing is left to analyse, says which articles failed, and a later set runs at once on a new worker', async () => {
    const { analysis, workers, stopped, last } = watched();
    analysis.update([A, B]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped.map((s) => s.label)).toEqual(['a.txt and b.txt']);
    expect(analysis.status).toBe('error');
    expect(analysis.error).toBe('a.txt and b.txt: the analysis did not finish within 1 s and was stopped');
    expect(analysis.comparison).toBeNull();

    analysis.update([A, B, C]);
    expect(workers).toHaveLength(2);
    expect(last().requests[0]!.inputs.map((i) => i.id)).toEqual(['c']);
    last().answer(last().requests[0]!);
    await flush();
    expect(analysis.status).toBe('done');
  });

  it('does not make a new set wait behind a long run: the old run is stopped, and nobody is blamed', async () => {
    const { analysis, workers, stopped, last } = watched(10_000);
    analysis.update([A]);
    // A change soon after the start waits for the run in flight.
    await vi.advanceTimersByTimeAsync(200);
    analysis.update([A, C]);
    expect(workers[0]!.terminated).toBe(false);
    // One long after the start stops it and goes first.
    await vi.advanceTimersByTimeAsync(1_000);
    analysis.update([A, B]);
    await flush();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(last().requests.map((r) => r.inputs.map((i) => i.id))).toEqual([['a', 'b']]);
    expect(stopped).toEqual([]);
    last().answer(last().requests[0]!);
    await flush();
    expect(analysis.status).toBe('done');
    expect(analysis.comparison?.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('gives larger sets a longer budget', () => {
    const small = analysisBudget([{ id: 'a', text: 'x'.repeat(1_000), title: '' }]);
    const large = analysisBudget(Array.from({ length: 250 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(48_000), title: '' })));
    expect(small).toBe(30_020);
    expect(large).toBe(30_000 + 250 * 48 * 20);
  });
});

import { describe, expect, it } from 'vitest';
import type { LoadedArticle } from '../../../electron/contract';
import { analyze, type ArticleAnalysis } from '../../../engine/index';
import type { AnalysisRequest, WorkerMessage } from '../workers/protocol';
import { Analysis, type WorkerLike } from './analysis.svelte';

function article(id: string, text: string): LoadedArticle {
  return { id, file: `/data/${id}.txt`, name: `${id}.txt`, format: 'text', encoding: 'utf-8', title: text.split('\n')[0]!, text, paragraphs: [], headline: -1, wordCount: 0, bytes: text.length };
}

const A = article('a', 'Talks resume\n\nOfficials said talks resume in June.');
const B = article('b', 'Talks to resume\n\nTalks resume in June, a spokesman claimed.');

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
  /** Answers a request as analysis.worker.ts does: each article on its own, then the rest. */
  answer(request: AnalysisRequest): void {
    const comparison = analyze(request.inputs);
    comparison.articles.forEach((article: ArticleAnalysis, part) => this.post({ id: request.id, part, article }));
    this.post({ id: request.id, ok: true, comparison: { ...comparison, articles: [] }, ms: 12 });
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Analysis', () => {
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

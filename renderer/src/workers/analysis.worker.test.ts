import { describe, expect, it, vi } from 'vitest';
import type { ToWorker, WorkerMessage } from './protocol';

describe('the analysis worker', () => {
  it('answers no request before the asset files, and answers each with why they could not be read', async () => {
    const posted: WorkerMessage[] = [];
    const scope: { postMessage: (m: WorkerMessage) => void; onmessage: ((event: { data: ToWorker }) => void) | null } = {
      postMessage: (m) => posted.push(m),
      onmessage: null,
    };
    vi.stubGlobal('self', scope);
    await import('./analysis.worker');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    scope.onmessage!({ data: { id: 1, inputs: [] } });
    scope.onmessage!({ data: { id: 2, inputs: [] } });
    await settle();
    expect(posted).toEqual([]);
    scope.onmessage!({ data: { assetsError: 'engine/assets/nlp-core.txt could not be read (app://parallax/assets/nlp-core.txt): 404' } });
    await settle();
    const error = 'engine/assets/nlp-core.txt could not be read (app://parallax/assets/nlp-core.txt): 404';
    expect(posted).toEqual([
      { id: 1, ok: false, error },
      { id: 2, ok: false, error },
    ]);
    vi.unstubAllGlobals();
  });
});

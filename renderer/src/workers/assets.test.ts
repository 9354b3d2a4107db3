import { afterEach, describe, expect, it, vi } from 'vitest';

/** assets.ts's files as text, from a fresh import (it fetches as it is evaluated) with `fetch` standing in for the page's. */
async function fetched(fetch: (url: URL) => Promise<Response>): Promise<Record<string, string>> {
  vi.resetModules();
  vi.stubGlobal('fetch', vi.fn(fetch));
  const files = await (await import('./assets')).assetFiles;
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

afterEach(() => vi.unstubAllGlobals());

describe("the analysis worker's assets", () => {
  it('are fetched from beside the worker, each file once, and given by name', async () => {
    const texts = await fetched(async (url) => new Response(`text of ${url.pathname.split('/').pop()}`));
    expect(texts).toEqual({
      'nlp-core.txt': 'text of nlp-core.txt',
      'word-vectors.txt': 'text of word-vectors.txt',
      'word-senses.json': 'text of word-senses.json',
    });
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(3);
  });

  it('fail with the file and the reason when one cannot be read', async () => {
    const missing = fetched(async (url) =>
      url.pathname.endsWith('word-vectors.txt') ? new Response('', { status: 404, statusText: 'Not Found' }) : new Response('x'),
    );
    await expect(missing).rejects.toThrow(/^engine\/assets\/word-vectors\.txt could not be read \(.*word-vectors\.txt\): 404 Not Found$/u);
    const refused = fetched(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(refused).rejects.toThrow(/^engine\/assets\/nlp-core\.txt could not be read \(.*\): Failed to fetch$/u);
  });
});

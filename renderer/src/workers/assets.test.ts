import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAssetFiles, giveAssetsTo } from './assets';
import type { AssetsMessage } from './protocol';

/** The files fetchAssetFiles gives, as text, with `fetch` standing in for the page's. */
async function fetched(fetch: (url: URL) => Promise<Response>): Promise<Record<string, string>> {
  vi.stubGlobal('fetch', vi.fn(fetch));
  const files = await fetchAssetFiles();
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

/** What giveAssetsTo posts a worker once `files` settle. */
async function posted(files: Promise<Record<string, ArrayBuffer>>): Promise<AssetsMessage[]> {
  const messages: AssetsMessage[] = [];
  giveAssetsTo({ postMessage: (m) => messages.push(m) }, files);
  await files.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return messages;
}

afterEach(() => vi.unstubAllGlobals());

describe("the engine's asset files", () => {
  it('are fetched from beside the page, each file once, and given by name', async () => {
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

  it('reach each worker started, or the reason they could not be read does', async () => {
    const bytes = new TextEncoder().encode('core').buffer;
    expect(await posted(Promise.resolve({ 'nlp-core.txt': bytes }))).toEqual([{ assets: { 'nlp-core.txt': bytes } }]);
    expect(await posted(Promise.reject(new Error('engine/assets/nlp-core.txt could not be read (x): 404')))).toEqual([
      { assetsError: 'engine/assets/nlp-core.txt could not be read (x): 404' },
    ]);
  });
});

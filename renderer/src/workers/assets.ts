/**
 * The engine's large assets, which the analysis worker's bundle leaves out (assetsLeftOut in electron.vite.config.ts):
 * the page fetches them as it starts, while the worker's script is read and run, and gives each worker it starts a
 * copy. A worker that fetched them itself could start only once its script had run, and read them in series with
 * it: its first answer came about a sixth later.
 */
import type { AssetName } from '../../../engine/assets';
import type { AssetsMessage } from './protocol';

/** Where each asset is: the bundler copies the file next to the page's script and gives its address. */
const ADDRESSES: Readonly<Record<AssetName, URL>> = {
  'nlp-core.txt': new URL('../../../engine/assets/nlp-core.txt', import.meta.url),
  'word-vectors.txt': new URL('../../../engine/assets/word-vectors.txt', import.meta.url),
  'word-senses.json': new URL('../../../engine/assets/word-senses.json', import.meta.url),
};

/** An asset's bytes; the error names the asset and why it could not be read. */
async function fetchBytes(name: AssetName, address: URL): Promise<ArrayBuffer> {
  const fail = (why: string) => new Error(`engine/assets/${name} could not be read (${address.href}): ${why}`);
  let response: Response;
  try {
    response = await fetch(address);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw fail(`${response.status} ${response.statusText}`.trim());
  // as bytes: the engine reads them so (decoding them into text took a fifth as long as fetching them)
  return response.arrayBuffer();
}

/** Every asset's bytes, by name, fetched at once. */
export function fetchAssetFiles(): Promise<Record<AssetName, ArrayBuffer>> {
  return Promise.all(
    (Object.keys(ADDRESSES) as AssetName[]).map(async (name) => [name, await fetchBytes(name, ADDRESSES[name])] as const),
  ).then((entries) => Object.fromEntries(entries) as Record<AssetName, ArrayBuffer>);
}

/**
 * Gives `worker` the asset files once they are in, as a copy (a worker started again after the watchdog stopped one
 * gets its own), or why they could not be read, which the worker then answers every request with.
 */
export function giveAssetsTo(worker: { postMessage(message: AssetsMessage): void }, files: Promise<Record<AssetName, ArrayBuffer>>): void {
  files.then(
    (assets) => worker.postMessage({ assets }),
    (error: unknown) => worker.postMessage({ assetsError: error instanceof Error ? error.message : String(error) }),
  );
}

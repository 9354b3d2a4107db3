/**
 * The engine's large assets, fetched by the analysis worker as it starts: its bundle leaves them out (assetsLeftOut
 * in electron.vite.config.ts). The worker imports this module before the engine, so the files are read while the
 * engine's code is compiled and run.
 */
import type { AssetName } from '../../../engine/assets';

/** Where each asset is: the bundler copies the file next to the worker's script and gives its address. */
const ADDRESSES: Readonly<Record<AssetName, URL>> = {
  'nlp-core.txt': new URL('../../../engine/assets/nlp-core.txt', import.meta.url),
  'word-vectors.txt': new URL('../../../engine/assets/word-vectors.txt', import.meta.url),
  'word-senses.json': new URL('../../../engine/assets/word-senses.json', import.meta.url),
};

/** An asset's bytes; the error names the asset and why it could not be read. */
async function fetchBytes(name: AssetName, address: URL): Promise<Uint8Array> {
  const fail = (why: string) => new Error(`engine/assets/${name} could not be read (${address.href}): ${why}`);
  let response: Response;
  try {
    response = await fetch(address);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw fail(`${response.status} ${response.statusText}`.trim());
  // as bytes: the engine reads them so (decoding them into text took a fifth as long as fetching them)
  return new Uint8Array(await response.arrayBuffer());
}

/** Every asset's bytes, by name (fetched from the moment this module runs). */
export const assetFiles: Promise<Record<AssetName, Uint8Array>> = Promise.all(
  (Object.keys(ADDRESSES) as AssetName[]).map(async (name) => [name, await fetchBytes(name, ADDRESSES[name])] as const),
).then((entries) => Object.fromEntries(entries) as Record<AssetName, Uint8Array>);

/**
 * The engine's large assets (engine/assets/), read by name when first needed, as bytes. Where the engine is bundled
 * with them (the command line, the tests, the scripts) they come from assets-bundled.ts; the analysis worker's
 * bundle leaves them out (the bytes of a worker's script are read before any of it runs, and its assets were six of
 * its seven megabytes): the app's page fetches them while the worker's script is read and run, and the worker gives
 * them here (renderer/src/workers/assets.ts).
 */
import { bytesOf } from './asset-text';
import { bundledAssets } from './assets-bundled';

/** The assets' file names in engine/assets/. */
export const ASSET_NAMES = ['nlp-core.txt', 'word-vectors.txt', 'word-senses.json'] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

const given = new Map<AssetName, Uint8Array>();

/** Gives the engine its assets (each asset's whole file); an asset already read keeps what it read. */
export function giveAssets(files: Readonly<Record<AssetName, Uint8Array>>): void {
  for (const name of ASSET_NAMES) given.set(name, files[name]);
}

/** An asset's bytes: given (giveAssets), else bundled; throws when it is neither. */
export function assetBytes(name: AssetName): Uint8Array {
  const bytes = given.get(name);
  if (bytes !== undefined) return bytes;
  const text = bundledAssets[name];
  if (text === undefined) throw new Error(`engine/assets/${name}: the analysis has not been given this file`);
  const encoded = bytesOf(text);
  given.set(name, encoded);
  return encoded;
}

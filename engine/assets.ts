/**
 * The engine's large assets (engine/assets/), read by name when first needed. Where the engine is bundled with
 * them (the command line, the tests, the scripts) they come from assets-bundled.ts; the analysis worker's bundle
 * leaves them out (the bytes of a worker's script are read before any of it runs, and its assets were six of its
 * seven megabytes) and fetches them as it starts, in parallel with its code's start, then gives them here.
 */
import { bundledAssets } from "./assets-bundled";

/** The assets' file names in engine/assets/. */
export const ASSET_NAMES = [
  "nlp-core.txt",
  "word-vectors.txt",
  "word-senses.json",
] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

const given = new Map<AssetName, string>();

/** Gives the engine its assets' texts (each asset's whole file); an asset already read keeps what it read. */
export function giveAssets(texts: Readonly<Record<AssetName, string>>): void {
  for (const name of ASSET_NAMES) given.set(name, texts[name]);
}

/** An asset's text: given (giveAssets), else bundled; throws when it is neither. */
export function assetText(name: AssetName): string {
  const text = given.get(name) ?? bundledAssets[name];
  if (text === undefined)
    throw new Error(
      `engine/assets/${name}: the analysis has not been given this file`,
    );
  return text;
}

/**
 * The engine's large assets as the bundler gives them, as text (`?raw` imports: as JSON modules they took vite-node,
 * which runs the bench and the tests, over 100 MB to load); assets.ts reads their bytes. The analysis worker's bundle
 * replaces this module with one that bundles none (workerBundling in electron.vite.config.ts).
 */
import nlpCore from './assets/nlp-core.txt?raw';
import wordSenses from './assets/word-senses.json?raw';
import wordVectors from './assets/word-vectors.txt?raw';
import type { AssetName } from './assets';

export const bundledAssets: Partial<Record<AssetName, string>> = {
  'nlp-core.txt': nlpCore,
  'word-vectors.txt': wordVectors,
  'word-senses.json': wordSenses,
};

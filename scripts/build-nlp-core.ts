// Writes engine/assets/nlp-core.json: the core of wink-eng-lite-web-model (MIT), its
// dist/languages/cur/models/eng-core-web-model.json, in a form the analysis worker loads faster. The 87,593 words of
// its lexicon are one space-separated string (JSON.parse took twice as long over them as a list of strings), with the
// positions of the words that break their alphabetical order, so that engine/nlp.ts finds a word by binary search
// instead of indexing every word at every start; and the text is ASCII (other characters as JSON escapes), which
// keeps the worker's string one byte a character. Run when wink-eng-lite-web-model changes (the package is a
// dependency, so nothing is installed for it); engine/nlp.test.ts fails while the asset and the package differ:
//   npx vite-node scripts/build-nlp-core.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };
const core = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as {
  features: { lexeme: { list: string[] } };
};

const words = core.features.lexeme.list;
const fail = (why: string) => {
  throw new Error(`build-nlp-core: ${why}`);
};
if (words.some((w) => w.includes(' '))) fail('a word of the lexicon has a space');
if (new Set(words).size !== words.length) fail('the lexicon names a word twice');
// The words outside one ascending run through the list: each kept word is above the last kept and below the next.
const apart: number[] = [];
let last: string | undefined;
words.forEach((w, i) => {
  const next = words[i + 1];
  if ((last === undefined || w > last) && (next === undefined || w < next)) last = w;
  else apart.push(i);
});

const asset = {
  source: `wink-eng-lite-web-model ${version} (MIT): its core model, dist/languages/cur/models/eng-core-web-model.json`,
  words: words.join(' '),
  apart: apart.join(' '),
  core: { ...core, features: { ...core.features, lexeme: { ...core.features.lexeme, list: [] } } },
};
// JSON allows characters outside ASCII only inside strings, where an escape means the same character
const text = JSON.stringify(asset).replace(/[^\0-\x7f]/gu, (c) =>
  Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
);
const file = new URL('../engine/assets/nlp-core.json', import.meta.url);
writeFileSync(file, text + '\n');
console.log(
  `build-nlp-core: ${(text.length / 1e6).toFixed(2)} MB written to ${file.pathname}; ${words.length} words, ${apart.length} out of alphabetical order`,
);

// Writes engine/assets/lemma-exceptions.json: the WordNet 3.0 exception lists that wink-eng-lite-web-model (MIT)
// lemmatizes irregular forms with ("geese" → goose, "went" → go), as plain word–lemma pairs. The package ships them
// as 270 kB of JavaScript that the analysis worker compiled and ran at every start; engine/nlp.ts reads the pairs
// instead and lemmatizes as the package's lemmatize.js does. Run when wink-eng-lite-web-model changes (the package
// is a dependency, so nothing is installed for it); engine/nlp.test.ts fails while the asset and the package differ:
//   npx vite-node scripts/build-lemma-exceptions.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };

/**
 * The package's list for one part of speech as "form lemma form lemma …", the forms in the order of `<` (UTF-16
 * code units), in which engine/nlp.ts looks a form up by binary search.
 */
function pairs(part: 'adjective' | 'noun' | 'verb'): string {
  const exceptions = require(`wink-eng-lite-web-model/dist/wn-${part}-exceptions.js`) as Record<string, string>;
  const out: string[] = [];
  const forms = Object.keys(exceptions).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const form of forms) {
    const lemma = exceptions[form]!;
    if (!/^\S+$/u.test(form) || !/^\S+$/u.test(lemma)) throw new Error(`build-lemma-exceptions: "${form}" → "${lemma}" has a space`);
    out.push(form, lemma);
  }
  return out.join(' ');
}

const asset = {
  source: `wink-eng-lite-web-model ${version} (MIT): its WordNet 3.0 exception lists`,
  ADJ: pairs('adjective'),
  NOUN: pairs('noun'),
  VERB: pairs('verb'),
};
const file = new URL('../engine/assets/lemma-exceptions.json', import.meta.url);
writeFileSync(file, JSON.stringify(asset) + '\n');
console.log(`build-lemma-exceptions: ${(JSON.stringify(asset).length / 1024).toFixed(0)} kB written to ${file.pathname}`);

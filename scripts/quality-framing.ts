// Measures the framing marks on development sets given on the command line: `npm run quality:framing -- [options]`
//   --babe FILE.csv        word-level precision, recall and F1 against expert-marked biased words (BABE SG2 split),
//                          per category, for the five word-level categories together (marks) and with attribution (all)
//   --newswcl DIR          framing recall and noise on the hand-made NewsWCL50 gold (DIR holds 1-raw-articles/ and
//                          facts/event_N.json); --events 0,4,7 picks the events (default: every event_N.json there)
//   --seeds                mark counts and analyze() timing on the sample set in seeds/
//   -v                     lists missed and noisy phrases
// The data sets stay outside the repository: this script only reads the paths it is given and prints figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../engine/index';
import type { ArticleInput, Highlight } from '../engine/types';

// attribution marks in highlights are only the verbs that colour a statement (doubt, endorse, wrongdoing): neutral
// verbs stay in the attribution view
const FRAMING = ['loaded', 'intensifier', 'hedge', 'emphasis', 'label', 'attribution'] as const;
const args = process.argv.slice(2);
const verbose = args.includes('-v');

function option(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function fail(message: string): never {
  console.error(`quality-framing: ${message}`);
  process.exit(2);
}

function readOrFail(path: string): string {
  if (!existsSync(path)) fail(`${path}: no such file`);
  return readFileSync(path, 'utf8');
}

/** Semicolon-separated values with double-quote escaping, as BABE ships them. */
function csvRows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    out.push(row);
  }
  return out;
}

const wordKey = (w: string) => w.toLowerCase().replace(/[^a-z0-9']+/g, '');
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => x.toFixed(3);

function babe(file: string): void {
  const [head, ...data] = csvRows(readOrFail(file).replace(/^\uFEFF/u, ''));
  const ti = head?.indexOf('text') ?? -1;
  const bi = head?.indexOf('biased_words') ?? -1;
  if (ti < 0 || bi < 0) fail(`${file}: expected columns 'text' and 'biased_words'`);
  // 'marks' is the five word-level categories (what BABE's own scorer reads); 'all' adds the colouring attribution verbs
  const cats = ['all', 'marks', ...FRAMING] as const;
  const counts = new Map(cats.map((c) => [c, { tp: 0, fp: 0 }]));
  let fn = 0;
  let fnMarks = 0;
  let goldWords = 0;
  let sentences = 0;
  const t0 = performance.now();
  for (const r of data) {
    const text = r[ti];
    if (!text) continue;
    sentences++;
    const gold = new Set(
      (r[bi] ?? '')
        .replace(/^\[|\]$/gu, '')
        .split(/',\s*'|",\s*"|^'|'$|^"|"$/u)
        .map(wordKey)
        .filter(Boolean),
    );
    goldWords += gold.size;
    const highlights = analyze([{ id: 'a', text }]).articles[0]!.highlights;
    const all = new Set<string>();
    const five = new Set<string>();
    for (const c of FRAMING) {
      const marked = wordsOf(highlights.filter((h) => h.category === c));
      for (const w of marked) all.add(w);
      if (c !== 'attribution') for (const w of marked) five.add(w);
      const n = counts.get(c)!;
      for (const w of marked) {
        if (gold.has(w)) n.tp++;
        else n.fp++;
      }
    }
    const n = counts.get('all')!;
    for (const w of all) {
      if (gold.has(w)) n.tp++;
      else n.fp++;
    }
    for (const w of gold) if (!all.has(w)) fn++;
    const m = counts.get('marks')!;
    for (const w of five) {
      if (gold.has(w)) m.tp++;
      else m.fp++;
    }
    for (const w of gold) if (!five.has(w)) fnMarks++;
  }
  console.log(`BABE: ${sentences} sentences, ${goldWords} gold words, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const c of cats) {
    const { tp, fp } = counts.get(c)!;
    const p = tp / (tp + fp || 1);
    // recall per category: the share of gold words this category alone finds
    const r = c === 'all' ? tp / (tp + fn || 1) : c === 'marks' ? tp / (tp + fnMarks || 1) : tp / (goldWords || 1);
    console.log(`  ${c.padEnd(12)} P=${fmt(p)} R=${fmt(r)} F1=${fmt(f1(p, r))}  (marked words ${tp + fp}, on gold ${tp})`);
  }
}

function wordsOf(highlights: readonly Highlight[]): Set<string> {
  const out = new Set<string>();
  for (const h of highlights) for (const w of h.text.split(/\s+/u)) if (wordKey(w)) out.add(wordKey(w));
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const phraseNorm = (s: string) => s.toLowerCase().replace(/[‘’`]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();

/** Occurrences of a phrase as [start, end), word-bounded, case- and quote-insensitive (the gold's own rule). */
function occurrences(text: string, phrase: string): [number, number][] {
  const p = esc(phraseNorm(phrase)).replace(/ /gu, '\\s+').replace(/'/gu, "['‘’`]").replace(/"/gu, '["“”]');
  const re = new RegExp(`${/^[a-z0-9]/iu.test(phrase) ? '(?<![A-Za-z0-9])' : ''}${p}${/[a-z0-9]$/iu.test(phrase) ? '(?![A-Za-z0-9])' : ''}`, 'giu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}
const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

interface Gold {
  framing?: Record<string, string[]>;
  neutral?: Record<string, string[]>;
}

function newswcl(dir: string, events: string[]): void {
  let gold = 0;
  let covered = 0;
  let marks = 0;
  let noise = 0;
  for (const e of events) {
    const g = JSON.parse(readOrFail(join(dir, 'facts', `event_${e}.json`))) as Gold;
    const folder = join(dir, '1-raw-articles', `event_${e}`);
    if (!existsSync(folder)) fail(`${folder}: no such folder`);
    const inputs: ArticleInput[] = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      // line ends as the app's loader gives them (electron/main/load/article.ts)
      .map((f) => ({ id: f, text: readFileSync(join(folder, f), 'utf8').replace(/\r\n?/gu, '\n') }));
    const result = analyze(inputs);
    let eg = 0;
    let ec = 0;
    let em = 0;
    let en = 0;
    const missed: string[] = [];
    const noisy: string[] = [];
    for (const a of result.articles) {
      const text = inputs.find((i) => i.id === a.id)!.text;
      const code = /^\d+_([A-Z]+)/u.exec(a.id)?.[1] ?? a.id;
      const hls = a.highlights.filter((h) => (FRAMING as readonly string[]).includes(h.category));
      for (const phrase of g.framing?.[code] ?? []) {
        eg++;
        const occ = occurrences(text, phrase);
        const hit = occ.length
          ? hls.some((h) => occ.some((o) => overlap([h.start, h.end], o) > 0))
          : hls.some((h) => phraseNorm(h.text).includes(phraseNorm(phrase)) || phraseNorm(phrase).includes(phraseNorm(h.text)));
        if (hit) ec++;
        else missed.push(`${code}:${phrase}`);
      }
      const neutral = g.neutral?.[code] ?? [];
      const nOcc = neutral.flatMap((p) => occurrences(text, p));
      const nSet = new Set(neutral.map(phraseNorm));
      for (const h of hls) {
        em++;
        const len = Math.max(1, h.end - h.start);
        if (nSet.has(phraseNorm(h.text)) || nOcc.some((o) => overlap([h.start, h.end], o) >= len / 2)) {
          en++;
          noisy.push(`${code}:${h.category}:${h.text}`);
        }
      }
    }
    console.log(`NewsWCL50 event ${e}: framing recall ${fmt(ec / (eg || 1))} (${ec}/${eg}), marks on gold-neutral words ${fmt(en / (em || 1))} (${en}/${em})`);
    if (verbose) {
      console.log(`  missed: ${missed.join(' | ')}`);
      console.log(`  neutral: ${noisy.join(' | ')}`);
    }
    gold += eg;
    covered += ec;
    marks += em;
    noise += en;
  }
  console.log(`NewsWCL50 pooled: framing recall ${fmt(covered / (gold || 1))} (${covered}/${gold}), marks on gold-neutral words ${fmt(noise / (marks || 1))} (${noise}/${marks})`);
}

function seeds(): void {
  const dir = new URL('../seeds/', import.meta.url);
  const inputs: ArticleInput[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(new URL(f, dir), 'utf8') }));
  for (let i = 0; i < 10; i++) analyze(inputs);
  const times: number[] = [];
  let result = analyze(inputs);
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    result = analyze(inputs);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const byCategory = new Map<string, number>();
  for (const a of result.articles) for (const h of a.highlights) byCategory.set(h.category, (byCategory.get(h.category) ?? 0) + 1);
  const differences = result.alignments.reduce((n, al) => n + (al.differences?.length ?? 0), 0);
  console.log(`seeds: analyze median ${times[times.length >> 1]!.toFixed(1)} ms; marks ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')}; word differences ${differences}`);
}

const babeFile = option('--babe');
const wclDir = option('--newswcl');
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: quality:framing [--babe FILE.csv] [--newswcl DIR [--events 0,4,7]] [--seeds] [-v]');
  process.exit(0);
}
if (!babeFile && !wclDir && !args.includes('--seeds')) {
  fail('usage: quality:framing [--babe FILE.csv] [--newswcl DIR [--events 0,4,7]] [--seeds] [-v]');
}
if (babeFile) babe(babeFile);
if (wclDir) {
  const events =
    option('--events')?.split(',') ??
    readdirSync(join(wclDir, 'facts'))
      .filter((f) => /^event_\d+\.json$/u.test(f))
      .map((f) => f.replace(/\D/gu, ''));
  newswcl(wclDir, events);
}
if (args.includes('--seeds')) seeds();

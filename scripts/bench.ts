// Times analyze() on the sample set and on synthetic sets built from its sentences: `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { build, type Rolldown } from 'vite';
import { rendererJson, workerBundling } from '../electron.vite.config';
import Sentiment from 'sentiment';
import { buildArticle } from '../engine/article';
import { analyze, ASSET_NAMES, type AssetName, type giveAssets } from '../engine/index';
import type { ArticleInput } from '../engine/types';
import { WordVectors, readWordVectorData } from '../engine/word-vectors';

const seedDir = new URL('../seeds/', import.meta.url);
const seeds: ArticleInput[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(new URL(f, seedDir), 'utf8') }));

const pool = seeds.flatMap((s) => buildArticle(s).sentences.filter((x) => !x.heading && x.tokens.length > 4).map((x) => x.text));
const headings = seeds.flatMap((s) => buildArticle(s).sentences.filter((x) => x.heading).map((x) => x.text));

/** Deterministic PRNG (mulberry32) so every run benches the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Paragraphs of about `words` words drawn from `pool` in shuffled order (reshuffled when used up); a paragraph
 * closes once it holds `paragraphLength()` sentences, asked after each sentence.
 */
function paragraphsFrom(pool: readonly string[], next: () => number, words: number, paragraphLength: () => number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  let order = shuffled(pool, next);
  let para: string[] = [];
  while (count < words) {
    if (!order.length) order = shuffled(pool, next);
    const s = order.pop()!;
    para.push(s);
    count += s.split(/\s+/u).length;
    if (para.length >= paragraphLength()) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(' '));
  return paragraphs;
}

/** An article of about `words` words: a heading, then paragraphs of three or four seed sentences. */
function synthetic(index: number, words = 1000): ArticleInput {
  const next = random(index + 1);
  const paragraphs = [headings[Math.floor(next() * headings.length)]!, ...paragraphsFrom(pool, next, words, () => 3 + Math.floor(next() * 2))];
  return { id: `synthetic-${index}`, text: paragraphs.join('\n\n') };
}

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

setFlagsFromString('--expose-gc');
/** A full garbage collection (V8's gc(), exposed at run time: vite-node takes no flags for the script). */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Times `fn` over `runs` runs. With `collect`, a full garbage collection runs before each run, outside its time: a run
 * of a large set leaves hundreds of MB of dead analysis in the old generation, and without it the heap grew to several
 * times what one analysis holds, and the process's peak with it (up to 1.3 GB under load). Only large sets ask for it:
 * a small set's run, started from an emptied young generation, would skip the collection its run otherwise pays for.
 */
function time(fn: () => unknown, runs: number, collect = false): { median: number; p90: number; min: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) collectGarbage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p90: quantile(samples, 0.9), min: samples[0]! };
}

/** Sentences of ten of the allsides stories (engine/fixtures), one pool per story. */
const fixtures = new URL('../engine/fixtures/allsides-2021/', import.meta.url);
const storyPools = readdirSync(fixtures)
  .filter((d) => /^\d{4}-/u.test(d))
  .sort()
  .slice(0, 10)
  .map((d) =>
    ['left', 'center', 'right'].flatMap((side) =>
      buildArticle({ id: side, text: readFileSync(new URL(`${d}/${side}.txt`, fixtures), 'utf8') }).sentences.filter((x) => !x.heading).map((x) => x.text),
    ),
  );

/** A real-length article of about `words` words told from one of ten stories' sentences: sets mixed as users make them. */
function storyArticle(index: number, words = 800): ArticleInput {
  const paragraphs = paragraphsFrom(storyPools[index % storyPools.length]!, random(1000 + index), words, () => 3);
  return { id: `story-${index}`, text: paragraphs.join('\n\n') };
}

const sentiment = new Sentiment();
/** Articles from which a set counts as large: its runs take a second or more, each a few hundred MB allocated. */
const LARGE_SET = 50;
const sets: { name: string; inputs: ArticleInput[]; runs: number }[] = [
  { name: 'seeds (5)', inputs: seeds, runs: 100 },
  { name: 'synthetic 10', inputs: Array.from({ length: 10 }, (_, i) => synthetic(i)), runs: 30 },
  { name: 'synthetic 50', inputs: Array.from({ length: 50 }, (_, i) => synthetic(i)), runs: 10 },
  { name: 'synthetic 100', inputs: Array.from({ length: 100 }, (_, i) => synthetic(i)), runs: 8 },
  { name: 'ten stories 50', inputs: Array.from({ length: 50 }, (_, i) => storyArticle(i)), runs: 3 },
  { name: 'ten stories 125', inputs: Array.from({ length: 125 }, (_, i) => storyArticle(i)), runs: 2 },
  { name: 'ten stories 250', inputs: Array.from({ length: 250 }, (_, i) => storyArticle(i)), runs: 2 },
];

for (let i = 0; i < 15; i++) analyze(seeds);
analyze(sets[1]!.inputs);
for (let i = 0; i < 15; i++) for (const s of seeds) sentiment.analyze(s.text);

const rows: string[][] = [
  ['set', 'articles', 'words', 'analyze ms', 'p90', 'min', 'articles only ms', 'p90', 'min', 'raw sentiment ms', 'analyze/raw', 'articles/raw'],
];
const medians = new Map<string, number>();
const partOne = new Map<string, number>();
for (const set of sets) {
  const words = set.inputs.reduce((n, a) => n + a.text.split(/\s+/u).filter(Boolean).length, 0);
  const large = set.inputs.length >= LARGE_SET;
  const full = time(() => analyze(set.inputs), set.runs, large);
  const articles = time(() => set.inputs.map(buildArticle), set.runs, large);
  const raw = time(() => {
    for (const a of set.inputs) sentiment.analyze(a.text);
  }, Math.max(set.runs, 20));
  medians.set(set.name, full.median);
  partOne.set(set.name, articles.median);
  rows.push([
    set.name,
    String(set.inputs.length),
    String(words),
    full.median.toFixed(1),
    full.p90.toFixed(1),
    full.min.toFixed(1),
    articles.median.toFixed(1),
    articles.p90.toFixed(1),
    articles.min.toFixed(1),
    raw.median.toFixed(2),
    `${(full.median / raw.median).toFixed(0)}×`,
    `${(articles.median / raw.median).toFixed(0)}×`,
  ]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
const ratio = (m: Map<string, number>) => (m.get('synthetic 100')! / m.get('synthetic 50')!).toFixed(2);
console.log(
  `\nt(100)/t(50): analyze ${ratio(medians)}, articles only ${ratio(partOne)}. ` +
    `Seeds: analyze ${medians.get('seeds (5)')!.toFixed(1)} ms, articles only ${partOne.get('seeds (5)')!.toFixed(1)} ms (median).`,
);
console.log(
  `Ten stories mixed: t(250)/t(125) analyze ${(medians.get('ten stories 250')! / medians.get('ten stories 125')!).toFixed(2)}; ` +
    `peak memory (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
);
// the app's largest set on its own, in a fresh process: the peak above also holds every set analysed before it
{
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const file = join(dir, 'set.json');
    writeFileSync(file, JSON.stringify(sets.find((s) => s.name === 'ten stories 250')!.inputs));
    const runs: { ms: number; maxRssMb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const child = spawnSync('npx', ['vite-node', fileURLToPath(new URL('./bench-memory.ts', import.meta.url)), file], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`bench-memory failed: ${child.stderr}`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; maxRssMb: number });
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    console.log(
      `Ten stories 250 alone, in a fresh process (3 runs, first analysis, cold caches): analyze ${mid(runs.map((r) => r.ms)).toFixed(0)} ms, ` +
        `peak memory ${mid(runs.map((r) => r.maxRssMb)).toFixed(0)} MB (median).`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('"articles only" is buildArticle() per article: structure, sentiment, actors, framing marks.');
console.log('Ratios use medians; min is the fastest run, a guide when the machine is busy.');

/**
 * `entry` (relative to this script) bundled into `outDir` as the app bundles its analysis worker: one ES module,
 * without the engine's asset files, which the app's page fetches and gives the worker. Gives the module's path.
 */
async function bundle(entry: string, outDir: string): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    json: rendererJson,
    plugins: workerBundling.plugins,
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: '',
      minify: false,
      rolldownOptions: {
        input: fileURLToPath(new URL(entry, import.meta.url)),
        // the engine's module keeps its exports (an app's build drops an entry's)
        preserveEntrySignatures: 'exports-only',
        output: { ...workerBundling.output, format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const entryChunk = (Array.isArray(out) ? out[0]! : out).output.find((o) => o.type === 'chunk' && o.isEntry);
  if (!entryChunk) throw new Error(`bench: bundling ${entry} gave no module`);
  return join(outDir, entryChunk.fileName);
}

/** The engine's asset files by name, as the app's page fetches them and its worker gives them to its engine. */
const assetFiles = Object.fromEntries(
  ASSET_NAMES.map((name) => [name, readFileSync(new URL(`../engine/assets/${name}`, import.meta.url))]),
) as unknown as Record<AssetName, Uint8Array>;

// The seeds once more, with the engine as the app runs it: bundled into one module as the worker bundles it (the
// table above runs the engine through vite-node, whose modules read every imported name through a getter), timed
// run for run alternately with the engine of the table, so both see the same load of a shared machine.
{
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const file = await bundle('../engine/index.ts', dir);
    const engine = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { analyze: typeof analyze; giveAssets: typeof giveAssets };
    engine.giveAssets(assetFiles);
    const shipped = engine.analyze;
    for (let i = 0; i < 15; i++) shipped(seeds);
    const asShipped: number[] = [];
    const throughViteNode: number[] = [];
    for (let i = 0; i < 100; i++) {
      for (const [fn, samples] of i % 2 ? ([[analyze, throughViteNode], [shipped, asShipped]] as const) : ([[shipped, asShipped], [analyze, throughViteNode]] as const)) {
        const t0 = performance.now();
        fn(seeds);
        samples.push(performance.now() - t0);
      }
    }
    const raw = time(() => {
      for (const a of seeds) sentiment.analyze(a.text);
    }, 100);
    const line = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `${quantile(sorted, 0.5).toFixed(1)} ms median (p90 ${quantile(sorted, 0.9).toFixed(1)}, min ${sorted[0]!.toFixed(1)})`;
    };
    console.log(
      `Seeds (5), engine bundled as the app runs it: analyze ${line(asShipped)}; the same runs through vite-node: ${line(throughViteNode)}; ` +
        `raw sentiment ${raw.median.toFixed(2)} ms.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Word vectors: read the shipped asset and split its words, as the worker does on first use (a word is found when it
// is first looked up, rows decode on look-up).
const vectorFileBytes = assetFiles['word-vectors.txt'];
let vectors: WordVectors | undefined;
const load = time(() => {
  vectors = new WordVectors(readWordVectorData(vectorFileBytes));
}, 20);
console.log(
  `Word vectors: ${vectors!.size} words, asset ${(vectorFileBytes.length / 1e6).toFixed(2)} MB; read ${load.median.toFixed(1)} ms median (min ${load.min.toFixed(1)}).`,
);

// Worker start-up: the analysis worker bundled as the app bundles it, started in a worker thread (a page's Worker
// in the app), timed from its creation to its script having run; to its answer to an empty request, which it gives
// once it is ready (its asset files read, the NLP model, the WordNet relations and the word vectors in memory); and
// to its answer to a first request of two short articles, every stage run once. The app starts its worker at launch
// (main.ts), so the first request a reader makes usually finds it started: timed too.
const workerDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const workerFile = await bundle('../renderer/src/workers/analysis.worker.ts', workerDir);
const workerSize = readFileSync(workerFile).length;
const assetSize = Object.values(assetFiles).reduce((sum, bytes) => sum + bytes.length, 0);
/** The asset files read as the app's page fetches them, to be given a worker (a copy each, as the page gives them). */
const readAssetFiles = async (): Promise<{ assets: Record<string, ArrayBuffer> }> => {
  const read = await Promise.all(ASSET_NAMES.map((name) => readFile(new URL(`../engine/assets/${name}`, import.meta.url))));
  return { assets: Object.fromEntries(ASSET_NAMES.map((name, k) => [name, read[k]!.buffer.slice(read[k]!.byteOffset, read[k]!.byteOffset + read[k]!.length)])) };
};
// A worker thread has no `self`: this gives the bundle the part of the page Worker's API it uses.
writeFileSync(
  join(workerDir, 'start.mjs'),
  `import { parentPort } from 'node:worker_threads';
let handler;
globalThis.self = { postMessage: (m) => parentPort.postMessage(m), set onmessage(f) { handler = f; } };
await import(${JSON.stringify(`./${basename(workerFile)}`)});
parentPort.postMessage({ loaded: true });
parentPort.on('message', (data) => handler({ data }));`,
);
const emptyRequest = { id: 0, inputs: [] };
const firstRequest = {
  id: 1,
  inputs: [
    { id: 'a', text: 'Council approves budget\n\nThe city council approved a budget of $2 million on Monday, officials said.' },
    { id: 'b', text: 'Budget passes\n\nCouncil members passed the $2 million spending plan on Monday after a long debate.' },
  ],
};
/** Starts timed: a start is short and the machine's load varies, so the median wants more than a few. */
const WORKER_STARTS = 15;
/** How long after its start the app's worker gets its first request in the second timing: the app starts it at launch. */
const AHEAD_MS = 500;
const loaded: number[] = [];
const readied: number[] = [];
const answered: number[] = [];
const answeredAhead: number[] = [];
try {
  // first from the worker's creation, the requests sent as soon as its script has run; then, as in the app, the
  // worker started ahead and the first request sent AHEAD_MS later, timed from the request
  for (const ahead of [false, true]) {
    for (let run = 0; run < WORKER_STARTS; run++) {
      let t0 = performance.now();
      const worker = new Worker(join(workerDir, 'start.mjs'));
      // as the app's page does: the asset files read while the worker's script is, and given to it
      void readAssetFiles().then((files) => worker.postMessage(files));
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: { loaded?: boolean; id?: number; ok?: boolean; error?: string }) => {
          if (m.loaded) {
            if (ahead) {
              setTimeout(() => {
                t0 = performance.now();
                worker.postMessage(firstRequest);
              }, AHEAD_MS);
            } else {
              loaded.push(performance.now() - t0);
              worker.postMessage(emptyRequest);
              worker.postMessage(firstRequest);
            }
          } else if (m.ok === false) reject(new Error(`bench: the worker failed a request: ${m.error}`));
          else if (m.ok && m.id === emptyRequest.id) readied.push(performance.now() - t0);
          else if (m.ok) {
            (ahead ? answeredAhead : answered).push(performance.now() - t0);
            resolve();
          }
        });
      });
      await worker.terminate();
    }
  }
} catch (error) {
  rmSync(workerDir, { recursive: true, force: true });
  throw error;
}
const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
console.log(
  `Worker start-up (script ${mb(workerSize)} MB, asset files ${mb(assetSize)} MB, ${answered.length} starts): script run ${median(loaded).toFixed(0)} ms, ` +
    `ready (models and vectors read) ${median(readied).toFixed(0)} ms median (min ${Math.min(...readied).toFixed(0)}), ` +
    `first answer ${median(answered).toFixed(0)} ms (min ${Math.min(...answered).toFixed(0)}); ` +
    `started ${AHEAD_MS} ms ahead of its first request, as the app starts it, the answer ${median(answeredAhead).toFixed(0)} ms after the request.`,
);

// The same worker in Chromium, the engine the app's renderer runs on: a page served over http (as the app serves its
// own over app://, with V8's code cache on) fetches the asset files and starts the worker as a module worker, as the
// app's page does, gives it the files once they are in, and sends the empty and the first request at once. The first start reads and compiles the script cold; Chromium keeps its compiled code
// from the third load of a script on, so the later starts are those of the app's second and later launches. Skipped
// without Chromium.
try {
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  let launch: typeof import('playwright-core').chromium | undefined;
  try {
    if (readdirSync(dirname(chromium)).includes(basename(chromium))) launch = (await import('playwright-core')).chromium;
  } catch {
    launch = undefined;
  }
  if (!launch) console.log(`Worker start-up in Chromium: skipped (no Chromium at ${chromium}; CHROMIUM_PATH names another).`);
  else {
    const page = `<!doctype html><meta charset="utf-8"><script type="module">
window.start = () => new Promise((resolve, reject) => {
  const t0 = performance.now();
  let ready;
  const names = ${JSON.stringify(ASSET_NAMES)};
  const files = Promise.all(names.map((name) => fetch('./assets/' + name).then((r) => r.arrayBuffer())));
  const worker = new Worker(${JSON.stringify(`./${basename(workerFile)}`)}, { type: 'module' });
  files.then((buffers) => worker.postMessage({ assets: Object.fromEntries(names.map((name, k) => [name, buffers[k]])) }), reject);
  worker.onerror = (e) => reject(new Error(e.message));
  worker.onmessage = (e) => {
    if (e.data.ok === false) reject(new Error(e.data.error));
    else if (e.data.ok && e.data.id === ${emptyRequest.id}) ready = performance.now() - t0;
    else if (e.data.ok) { resolve([ready, performance.now() - t0]); worker.terminate(); }
  };
  worker.postMessage(${JSON.stringify(emptyRequest)});
  worker.postMessage(${JSON.stringify(firstRequest)});
});
</script>`;
    const types: Record<string, string> = { '.mjs': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain' };
    const server = createServer((request, response) => {
      const name = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname.slice(1));
      if (name === '') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      const asset = name.startsWith('assets/') ? assetFiles[name.slice('assets/'.length) as AssetName] : undefined;
      const body = asset ?? (name === basename(workerFile) ? readFileSync(workerFile) : undefined);
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launch.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const tab = await (await browser.newContext()).newPage();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const starts: [number, number][] = [];
      for (let run = 0; run < WORKER_STARTS; run++) {
        await tab.goto(url);
        starts.push(await tab.evaluate(() => (window as unknown as { start: () => Promise<[number, number]> }).start()));
      }
      const warm = starts.slice(3);
      console.log(
        `Worker start-up in Chromium (module worker, ${starts.length} starts): cold, ready ${starts[0]![0].toFixed(0)} ms, first answer ${starts[0]![1].toFixed(0)} ms; ` +
          `with the compiled code kept, ready ${median(warm.map((s) => s[0])).toFixed(0)} ms median (min ${Math.min(...warm.map((s) => s[0])).toFixed(0)}), ` +
          `first answer ${median(warm.map((s) => s[1])).toFixed(0)} ms (min ${Math.min(...warm.map((s) => s[1])).toFixed(0)}).`,
      );
    } finally {
      await browser.close();
      server.close();
    }
  }
} finally {
  rmSync(workerDir, { recursive: true, force: true });
}

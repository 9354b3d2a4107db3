// Omission quality on a hand-annotated development gold, and omission counts on the seeds:
//   npm run quality:omissions -- <dev-set folder>   (the folder holding facts/ and 1-raw-articles/)
//   add -m to count the expected omissions no marker finds by kind and cause (with -v, list them);
//   add -s to score only the markers a reader sees unfolded (the minor ones are folded away until asked for);
//   add -b to score the boxes alone: by default each box counts with the facts it says are left out with it
//   (Omission.covers: "Also left out with it", in the box opened, and the matrix's ✕)
//   add -l to list the wrong and unmatched markers
// Each event with a gold file (facts/event_N.json) is analysed from 1-raw-articles/event_N; the reports go to a
// temporary folder (they embed no article text) and the dev set's own scorer (facts/score-facts.mjs) scores them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../engine/index';
import type { ArticleInput, Comparison } from '../engine/types';

function fail(message: string): never {
  console.error(`quality:omissions: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const shownOnly = flags.includes('-s');
const boxesOnly = flags.includes('-b');
const root = args[0];
if (!root) fail('give the dev-set folder (the one holding facts/ and 1-raw-articles/) as the first argument');
const factsDir = join(root, 'facts');
const scorer = join(factsDir, 'score-facts.mjs');
if (!existsSync(scorer)) fail(`${scorer}: not found (is ${root} the dev-set folder?)`);
const events = readdirSync(factsDir)
  .map((f) => /^event_(\d+)\.json$/u.exec(f)?.[1])
  .filter((e): e is string => e !== undefined)
  .sort((a, b) => Number(a) - Number(b));
if (!events.length) fail(`${factsDir}: no event_N.json gold files`);

/** The report fields the scorer reads: per article its file, omissions and highlights. */
function report(c: Comparison, files: Map<string, string>): string {
  const facts = new Map(c.facts.map((f) => [f.id, f]));
  return JSON.stringify({
    articles: c.articles.map((a) => ({
      id: a.id,
      file: files.get(a.id),
      highlights: a.highlights.map((h) => ({ start: h.start, end: h.end, text: h.text, category: h.category })),
      // each box, and (unless -b) each fact it says is left out with it (Omission.covers), as the opened box lists them
      omissions: a.omissions
        .filter((o) => !(shownOnly && o.minor))
        .flatMap((o) => [o, ...(boxesOnly ? [] : (o.covers ?? []).map((id) => facts.get(id)!))])
        .map((o) => ({ factId: 'factId' in o ? o.factId : o.id, kind: o.kind, text: o.text, presentIn: o.presentIn })),
      text: '',
    })),
  });
}

/** The gold facts the misses are read against (the scorer's own format, see facts/README.md there). */
interface GoldFact {
  id: string;
  kind?: string;
  what: string;
  sig: string;
  presence: number[];
  importance: number;
}

/**
 * Why each expected omission the markers miss is missed, by the facts the engine made: no fact's text matches the
 * gold (never a fact: extraction), the article is counted as carrying it, as telling it in part, too few other
 * articles carry it, or none of these (left out for another reason, e.g. explained by another marker). A miss is
 * an expected omission no marker's text on the article matches; the scorer also weighs a marker's kind, so it
 * counts a few more.
 */
function misses(event: string, c: Comparison, ids: Map<string, string>, counts: Map<string, number>, list: string[]): void {
  const gold = JSON.parse(readFileSync(join(factsDir, `event_${event}.json`), 'utf8')) as { articles: string[]; facts: GoldFact[] };
  for (const f of gold.facts) {
    const re = new RegExp(f.sig, 'iu');
    const present = new Set(gold.articles.filter((_, i) => f.presence[i] === 1));
    if (present.size < 2) continue;
    const matching = c.facts.filter((x) => re.test(x.text));
    for (const a of c.articles) {
      const code = ids.get(a.id);
      const told = a.omissions.flatMap((o) => [o.text, ...(boxesOnly ? [] : (o.covers ?? []).map((id) => c.facts.find((x) => x.id === id)!.text))]);
      if (!code || present.has(code) || told.some((t) => re.test(t))) continue;
      const cause = !matching.length
        ? 'never a fact'
        : matching.some((x) => x.presentIn.includes(a.id))
          ? 'counted as carried'
          : matching.some((x) => x.partialIn?.includes(a.id))
            ? 'counted as told in part'
            : matching.every((x) => x.presentIn.length < 2)
              ? 'too few carriers'
              : 'other';
      const key = `${f.kind ?? 'fact'}: ${cause}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      list.push(`  ${f.id} ${code}${f.importance === 2 ? ' (important)' : ''} ${cause}: ${f.what.slice(0, 100)}`);
    }
  }
}

const missCounts = new Map<string, number>();
const missList: string[] = [];
const out = mkdtempSync(join(tmpdir(), 'parallax-quality-'));
try {
  const jobs: string[] = [];
  let atEnd = 0;
  let markers = 0;
  for (const event of events) {
    const dir = join(root, '1-raw-articles', `event_${event}`);
    if (!existsSync(dir)) fail(`${dir}: not found (the gold for event ${event} needs its articles)`);
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    // line ends as the app's loader gives them (electron/main/load/article.ts)
    const inputs: ArticleInput[] = names.map((f) => ({ id: f.replace(/\.txt$/u, ''), file: f, text: readFileSync(join(dir, f), 'utf8').replace(/\r\n?/gu, '\n') }));
    const comparison = analyze(inputs);
    if (flags.includes('-m')) {
      const codes = new Map(inputs.map((i) => [i.id, /^\d+_(LL|L|M|R|RR)\b/u.exec(i.file!)?.[1] ?? '']));
      misses(event, comparison, codes, missCounts, missList);
    }
    for (const a of comparison.articles) {
      markers += a.omissions.length;
      atEnd += a.omissions.filter((o) => o.anchor.afterSentence === a.sentences.length - 1).length;
    }
    // the scorer also reads each article's text for framing; framing is not measured here
    const withText = JSON.parse(report(comparison, new Map(inputs.map((i) => [i.id, i.file!])))) as { articles: { id: string; text: string }[] };
    for (const a of withText.articles) a.text = inputs.find((i) => i.id === a.id)!.text;
    const path = join(out, `event_${event}.json`);
    writeFileSync(path, JSON.stringify(withText));
    jobs.push(`${event}=${path}`);
  }
  const run = spawnSync(process.execPath, [scorer, ...jobs, ...(flags.includes('-v') ? ['-v'] : flags.includes('-l') ? [] : ['-q'])], { encoding: 'utf8' });
  if (run.status !== 0) fail(`the scorer failed: ${run.stderr || run.stdout}`);
  // omission lines only: framing is measured by its own script
  const lines = run.stdout.split('\n').filter((l) => !/^ (?:framing not covered|noise highlights):/u.test(l));
  console.log(lines.map((l) => l.replace(/;? ?framing recall .*?(?=;|$)/u, '')).join('\n').trim());
  console.log(`placement: ${atEnd} of ${markers} markers after an article's last sentence`);
  if (flags.includes('-m')) {
    console.log(`\nmissed expected omissions by kind and cause:`);
    for (const [k, n] of [...missCounts].sort((x, y) => y[1] - x[1])) console.log(`  ${n} ${k}`);
    if (flags.includes('-v')) console.log(missList.join('\n'));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

// the seeds: how many omissions each article gets and of which kinds
const seedDir = new URL('../seeds/', import.meta.url);
const seeds: ArticleInput[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(new URL(f, seedDir), 'utf8') }));
const seedResult = analyze(seeds);
console.log(`\nseeds: ${seedResult.facts.length} facts`);
for (const a of seedResult.articles) {
  const kinds = new Map<string, number>();
  for (const o of a.omissions) kinds.set(o.kind ?? '?', (kinds.get(o.kind ?? '?') ?? 0) + 1);
  console.log(`  ${a.id}: ${a.omissions.length} left out (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`);
}

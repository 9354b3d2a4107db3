// The memory one large set takes on its own: run by `npm run bench` in a fresh process (the bench's own peak also
// counts every set before), it analyses the set in the file given and prints its time and the process's peak RSS.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../engine/index';
import type { ArticleInput } from '../engine/types';

const file = process.argv[2];
if (!file) {
  console.error('bench-memory: give the JSON file of the set (an array of { id, text })');
  process.exit(2);
}
const inputs = JSON.parse(readFileSync(file, 'utf8')) as ArticleInput[];
const t0 = performance.now();
analyze(inputs);
console.log(JSON.stringify({ articles: inputs.length, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));

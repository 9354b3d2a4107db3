// Scores the engine's actors on an annotated development set: `npm run quality:actors -- <dev-set folder>`.
// The folder holds its own scorer (score-actors.mts, B-cubed over the annotated ACTOR mentions); this script
// runs it on this project and prints B3 precision, recall, F1 and mention recall.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run quality:actors -- <dev-set folder with score-actors.mts>');
  process.exit(2);
}
const devSet = resolve(folder);
const scorer = join(devSet, 'score-actors.mts');
if (!existsSync(scorer)) {
  console.error(`${scorer}: not found (the dev-set folder must hold score-actors.mts)`);
  process.exit(2);
}
const project = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(3);
const result = spawnSync(process.execPath, [join(project, 'node_modules/vite-node/dist/cli.mjs'), scorer, project, devSet, ...extra], {
  cwd: project,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (result.status !== 0) {
  console.error(result.stderr || `${scorer} exited with ${result.status}`);
  process.exit(1);
}
const out = result.stdout;
if (extra.includes('--verbose')) console.log(out);
// "WCL50 actors: B3 P=.997 R=.884 F1=.937 mention recall=.863; …"
const summary = /actors: B3 P=(\S+) R=(\S+) F1=(\S+) mention recall=([\d.]+)/u.exec(out);
if (!summary) {
  console.error(`${scorer}: no summary line in its output`);
  process.exit(1);
}
const [, p, r, f1, recall] = summary;
console.log(`actors on ${devSet}`);
console.log(`B3 P ${p}  R ${r}  F1 ${f1}  (ACTOR mentions, across articles)`);
console.log(`mention recall ${recall}`);

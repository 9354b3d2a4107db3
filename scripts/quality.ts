// Every dev-set measure in one run: `npm run quality -- <devsets folder>` (the folder holding newswcl50-dev/ and babe/).
// Actors (B-cubed, mention recall), framing marks (BABE, NewsWCL50 gold, seeds) and omissions (precision, recall),
// each by its own script; only the paths given are read, and nothing the dev sets hold enters the project.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const folder = process.argv.slice(2).find((a) => a !== "--");
if (!folder) {
  console.error(
    "usage: npm run quality -- <devsets folder with newswcl50-dev/ and babe/>",
  );
  process.exit(2);
}
const devsets = resolve(folder);
const newswcl = join(devsets, "newswcl50-dev");
const babe = join(devsets, "babe", "babe-sg2-dev.csv");
const project = fileURLToPath(new URL("..", import.meta.url));
const viteNode = join(project, "node_modules/vite-node/dist/cli.mjs");

const runs: [string, string, string[]][] = [
  ["Actors", "quality-actors.ts", [newswcl]],
  [
    "Framing marks",
    "quality-framing.ts",
    [
      ...(existsSync(babe) ? ["--babe", babe] : []),
      "--newswcl",
      newswcl,
      "--events",
      "0,4,7",
      "--seeds",
    ],
  ],
  ["Omissions", "quality-omissions.ts", [newswcl]],
];
let failed = false;
for (const [title, script, args] of runs) {
  console.log(`\n== ${title}`);
  const result = spawnSync(
    process.execPath,
    [viteNode, join(project, "scripts", script), ...args],
    { cwd: project, stdio: "inherit" },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

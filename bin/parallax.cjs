#!/usr/bin/env node
// The `parallax` command: runs the CLI bundle built from cli/index.ts (npm run build, or npm ci's prepare step).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('parallax: the CLI is not built yet; run `npm run build` first.\n');
  process.exitCode = 2;
} else {
  require(bundle).run();
}

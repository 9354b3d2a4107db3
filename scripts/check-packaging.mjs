// Checks the packaging configuration the way electron-builder does before it builds anything: its own
// schema validation of electron-builder.yml and its package.json checks, plus the fields the deb target
// refuses to build without (homepage, author email). Runs offline; `npm run dist` needs the network.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Packager } = require('app-builder-lib');

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packager = new Packager({ projectDir });
try {
  await packager.validateConfig();
} catch (error) {
  console.error(`electron-builder.yml / package.json: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const metadata = packager.metadata;
const problems = [];
if (!metadata.homepage) problems.push('package.json has no "homepage" (the deb target refuses to build)');
if (!metadata.author?.email && !packager.config.linux?.maintainer) problems.push('package.json has no author email and linux.maintainer is unset (the deb target refuses to build)');
if (!metadata.productName) problems.push('package.json has no "productName" (menus would say the package name)');
if (!metadata.desktopName) problems.push('package.json has no "desktopName" (Linux desktops would not group the windows under the launcher)');
if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`electron-builder accepts the configuration of ${metadata.productName} ${metadata.version} (${packager.config.appId}).`);

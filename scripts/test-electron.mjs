// Runs the e2e specs under real Electron (PARALLAX_E2E=electron) on the built app in out/.
// - Electron's binary: ELECTRON_OVERRIDE_DIST_PATH when set, else Electron's own installer fetches it
//   (install-electron, a no-op once it is there).
// - Linux without a display: the run goes through xvfb-run.
// - Linux where Chromium's sandbox cannot start from node_modules (Ubuntu 24.04 and later): stops with the
//   fix, instead of Electron aborting in every spec. The sandbox is never turned off.
// Extra arguments go to `playwright test` (e.g. e2e/app.spec.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const env = { ...process.env, PARALLAX_E2E: 'electron' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) {
    const missing = result.error.code === 'ENOENT' && command === 'xvfb-run';
    console.error(missing ? 'There is no display and no xvfb-run: install Xvfb (apt-get install xvfb) or run with a display.' : `${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

let distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
if (!distDir) {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const status = run(process.execPath, [join(electronDir, 'install.js')]);
  if (status !== 0) {
    console.error('Electron could not be fetched. Point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45 instead.');
    process.exit(status);
  }
  distDir = join(electronDir, 'dist');
}

if (process.platform === 'linux') {
  // https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md
  const sandbox = join(distDir, 'chrome-sandbox');
  const restricted = (() => {
    try {
      return readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1';
    } catch {
      return false;
    }
  })();
  const setuid = existsSync(sandbox) && statSync(sandbox).uid === 0 && (statSync(sandbox).mode & 0o4755) === 0o4755;
  if (restricted && !setuid) {
    console.error(
      [
        'Chromium cannot start its sandbox here: this system restricts unprivileged user namespaces (AppArmor),',
        `and ${sandbox} is not owned by root with mode 4755. Fix it once (see README, Requirements):`,
        `  sudo chown root:root '${sandbox}' && sudo chmod 4755 '${sandbox}'`,
      ].join('\n'),
    );
    process.exit(1);
  }
}

const playwright = [require.resolve('@playwright/test/cli'), 'test', ...process.argv.slice(2)];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
process.exit(
  headless
    ? run('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1920x1080x24', process.execPath, ...playwright])
    : run(process.execPath, playwright),
);

/** The files a launch names: on the command line, as file:// URLs from a desktop, or handed over by a second launch. */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** How this process was started. */
export interface LaunchContext {
  /** True in an installed app (Electron's `app.isPackaged`): argv is [exe, ...args]; from source it is [electron, ...switches, appPath, ...args]. */
  isPackaged: boolean;
  /** Folder relative paths are resolved against. */
  cwd: string;
}

/** A URL with a scheme of two letters or more ("C:\x" and "C:/x" are Windows paths, not URLs). */
const URL_ARGUMENT = /^[a-z][a-z0-9+.-]+:\/\//iu;

/** One command-line operand as a path: file:// URLs (GNOME and KDE pass them for `%U`) are decoded, paths resolved. */
function operandToPath(arg: string, cwd: string): string {
  if (/^file:/iu.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      // A file:// URL of another host (file://server/share/a.txt on Linux): the loader reports it by name.
      return arg;
    }
  }
  // Other URLs (sftp://, https://) are not files on this computer; the loader reports them by name.
  return URL_ARGUMENT.test(arg) ? arg : resolve(cwd, arg);
}

/**
 * The article files named on a command line. Switches (`--inspect=0`, `--user-data-dir=…`, macOS's
 * `-psn_…`) are skipped wherever they stand, since Chromium and Playwright add their own; from source the
 * first operand is the app path Electron was started with. After `--` every argument is a file.
 */
export function launchArguments(argv: readonly string[], { isPackaged, cwd }: LaunchContext): string[] {
  const files: string[] = [];
  let appPathSkipped = isPackaged;
  let operandsOnly = false;
  for (const arg of argv.slice(1)) {
    if (!operandsOnly && arg === '--') {
      operandsOnly = true;
      continue;
    }
    if (arg === '' || (!operandsOnly && arg.startsWith('-'))) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    files.push(operandToPath(arg, cwd));
  }
  return files;
}

/** What a second launch hands to the running app through `app.requestSingleInstanceLock(data)`. */
export interface SecondInstanceData {
  /** Absolute paths, resolved by the second launch against its own working folder. */
  files: string[];
}

/** The data a second launch sends: its files, already resolved where it was started. */
export function secondInstanceData(argv: readonly string[], context: LaunchContext): SecondInstanceData {
  return { files: launchArguments(argv, context) };
}

// Another process wrote it (maybe another version of Parallax): checked like any IPC argument.
const secondInstanceSchema = z.object({ files: z.array(z.string().min(1).max(4096)).max(100_000) });

/**
 * The files a second launch asked to open, from the `additionalData` of Electron's `second-instance`
 * event. Its `argv` is not read: Electron documents that Chromium may reorder it and append switches.
 * Data that is not Parallax's (an older version sends none) opens nothing; the window is still focused.
 */
export function secondInstanceFiles(additionalData: unknown, workingDirectory: string): string[] {
  const parsed = secondInstanceSchema.safeParse(additionalData);
  if (!parsed.success) return [];
  return parsed.data.files.map((file) => (isAbsolute(file) || URL_ARGUMENT.test(file) ? file : resolve(workingDirectory, file)));
}

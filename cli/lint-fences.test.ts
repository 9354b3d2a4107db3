import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the root). */
async function violations(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the folder fences', { timeout: 60_000 }, () => {
  it('refuse electron in cli/, and Node, Electron, the DOM and other folders in report/', async () => {
    const cli = await violations('cli/probe.ts', "import { app } from 'electron';\nimport { ipcRenderer } from 'electron/renderer';\nexport const x = [app, ipcRenderer];\n");
    expect(cli).toEqual([expect.stringContaining('cli/ runs in plain Node: never import electron'), expect.stringContaining('cli/ runs in plain Node: never import electron')]);

    const report = await violations(
      'report/probe.ts',
      "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nimport type { LoadResult } from '../electron/contract';\nexport const x = [readFileSync, app, document.title] as unknown as LoadResult;\n",
    );
    expect(report).toEqual([
      expect.stringContaining('report/ is pure: no Node modules'),
      expect.stringContaining('report/ is pure: no Electron'),
      expect.stringContaining('report/ imports only its own files and engine/'),
      expect.stringContaining("Unexpected use of 'document'"),
    ]);
  });

  it('let cli/ use Node and the loaders, and report/ use the engine', async () => {
    expect(await violations('cli/probe.ts', "import { stat } from 'node:fs/promises';\nimport { loadArticleFiles } from '../electron/main/loader';\nexport const x = [stat, loadArticleFiles];\n")).toEqual([]);
    expect(await violations('report/probe.ts', "import { analyze } from '../engine/index';\nimport { renderCsv } from './csv';\nexport const x = [analyze, renderCsv];\n")).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { rendererJson, workerBundling } from '../electron.vite.config';
import { ASSET_NAMES } from '../engine/assets';

/** `entry` built as the renderer builds its modules (`plugins`: the worker's own, or none for the page's). */
async function built(
  entry: string,
  plugins: typeof workerBundling.plugins,
): Promise<{ script: Rolldown.OutputChunk; files: Rolldown.OutputAsset[] }> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    json: rendererJson,
    plugins,
    base: './',
    build: {
      write: false,
      assetsDir: '',
      minify: false,
      rolldownOptions: { input: fileURLToPath(new URL(entry, import.meta.url)), output: workerBundling.output },
    },
  })) as Rolldown.RolldownOutput;
  return {
    script: out.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!,
    files: out.output.filter((o): o is Rolldown.OutputAsset => o.type === 'asset'),
  };
}

const shipped = Object.fromEntries(
  ASSET_NAMES.map((name) => [name, readFileSync(new URL(`../engine/assets/${name}`, import.meta.url), 'utf8')]),
);
/** A stretch from the middle of an asset's text, which a script holding the asset would hold. */
const middleOf = (text: string) => text.slice(text.length >> 1, (text.length >> 1) + 200);

describe("the engine's assets in the renderer's build", () => {
  it("are left out of the analysis worker's script", async () => {
    const { script, files } = await built('../renderer/src/workers/analysis.worker.ts', workerBundling.plugins);
    for (const name of ASSET_NAMES) expect(script.code, name).not.toContain(middleOf(shipped[name]!));
    expect(script.code).toMatch(/(?:var|let|const) bundledAssets = \{\};/u);
    expect(files).toEqual([]);
    expect(script.code.length).toBeLessThan(2e6);
  }, 60_000);

  it('are files, unchanged, beside the page module that fetches them, which names each', async () => {
    const { script, files } = await built('../renderer/src/workers/assets.ts', []);
    for (const name of ASSET_NAMES) {
      const [base, ext] = name.split('.') as [string, string];
      const file = files.find((f) => f.fileName.startsWith(`${base}-`) && f.fileName.endsWith(`.${ext}`));
      expect(file, name).toBeDefined();
      expect(Buffer.from(file!.source).toString('utf8')).toBe(shipped[name]);
      expect(script.code).toContain(file!.fileName);
      expect(script.code).not.toContain(middleOf(shipped[name]!));
    }
  }, 60_000);
});

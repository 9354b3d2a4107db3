import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { rendererJson, workerBundling } from '../electron.vite.config';
import { ASSET_NAMES } from '../engine/assets';

describe("the analysis worker's bundle", () => {
  it("leaves the engine's assets out of the script and puts their files, unchanged, beside it", async () => {
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      json: rendererJson,
      plugins: workerBundling.plugins,
      base: './',
      build: {
        write: false,
        assetsDir: '',
        minify: false,
        rolldownOptions: {
          input: fileURLToPath(new URL('../renderer/src/workers/analysis.worker.ts', import.meta.url)),
          output: workerBundling.output,
        },
      },
    })) as Rolldown.RolldownOutput;
    const script = out.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!;
    const files = out.output.filter((o): o is Rolldown.OutputAsset => o.type === 'asset');
    for (const name of ASSET_NAMES) {
      const shipped = readFileSync(new URL(`../engine/assets/${name}`, import.meta.url), 'utf8');
      const [base, ext] = name.split('.') as [string, string];
      const file = files.find((f) => f.fileName.startsWith(`${base}-`) && f.fileName.endsWith(`.${ext}`));
      expect(file, name).toBeDefined();
      expect(Buffer.from(file!.source).toString('utf8')).toBe(shipped);
      // the script names the file, and holds none of its text
      expect(script.code).toContain(file!.fileName);
      expect(script.code).not.toContain(shipped.slice(shipped.length >> 1, (shipped.length >> 1) + 200));
    }
    expect(script.code).toMatch(/(?:var|let|const) bundledAssets = \{\};/u);
    expect(script.code.length).toBeLessThan(2e6);
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from './main/loader';

const ROOT = resolve(__dirname, '..');
const require = createRequire(import.meta.url);

interface FileAssociation {
  ext: string | string[];
  rank?: string;
  role?: string;
  mimeType?: string;
}
interface Config {
  productName?: string;
  fileAssociations?: unknown;
  electronFuses?: Record<string, boolean>;
  linux?: { mimeTypes?: string[]; syncDesktopName?: boolean; fileAssociations?: unknown; executableArgs?: string[] };
  appImage?: { executableArgs?: string[] };
  mac?: { fileAssociations?: FileAssociation[]; identity?: string | null };
  win?: { fileAssociations?: unknown };
  nsis?: { include?: string };
}

let config: Config;
let metadata: Record<string, unknown> & { author?: { email?: string } };
const extensions = Object.keys(FORMATS).map((ext) => ext.slice(1));

beforeAll(async () => {
  // electron-builder's own loading and validation (schema and package.json checks), offline.
  const { Packager } = require('app-builder-lib') as {
    Packager: new (options: { projectDir: string }) => { validateConfig(): Promise<void>; config: Config; metadata: typeof metadata };
  };
  const packager = new Packager({ projectDir: ROOT });
  await packager.validateConfig();
  config = packager.config;
  metadata = packager.metadata;
}, 30_000);

describe('packaging', () => {
  it('has what the deb target and the menus need: homepage, author email, product and desktop names', () => {
    expect(metadata['homepage']).toMatch(/^https:\/\//u);
    expect(metadata.author?.email).toMatch(/@/u);
    expect(metadata['productName']).toBe('Parallax');
    expect(config.productName).toBe('Parallax');
    expect(metadata['desktopName']).toBe('parallax.desktop');
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('re-signs ad hoc after flipping fuses, so Apple Silicon runs an unsigned build', () => {
    expect(config.electronFuses?.['resetAdHocDarwinSignature']).toBe(true);
    // No fixed ad-hoc identity: a Developer ID, when there is one, must still sign release builds.
    expect(config.mac?.identity ?? null).toBeNull();
  });

  it('leaves cookie encryption off (no cookies, and no keyring prompt) and keeps the other fuses closed', () => {
    expect(config.electronFuses).toMatchObject({
      enableCookieEncryption: false,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('offers Parallax for every format it opens, never as the default app', () => {
    // No top-level or Windows fileAssociations: electron-builder's NSIS macro would set each extension's default.
    expect(config.fileAssociations).toBeUndefined();
    expect(config.win?.fileAssociations).toBeUndefined();
    const mac = config.mac?.fileAssociations ?? [];
    expect(mac.flatMap((a) => a.ext).sort()).toEqual([...extensions].sort());
    for (const association of mac) expect(association).toMatchObject({ rank: 'Alternate', role: 'Viewer' });
    // Windows: "Open with" entries for the same extensions, from build/installer.nsh.
    expect(config.nsis?.include).toBe('build/installer.nsh');
    const nsh = readFileSync(resolve(ROOT, 'build/installer.nsh'), 'utf8');
    const openWith = [...nsh.matchAll(/insertmacro parallaxOpenWith (\S+)/gu)].map((m) => m[1]);
    const removed = [...nsh.matchAll(/insertmacro parallaxNotOpenWith (\S+)/gu)].map((m) => m[1]);
    expect(openWith.sort()).toEqual([...extensions].sort());
    expect(removed.sort()).toEqual([...extensions].sort());
    expect(nsh).not.toMatch(/Software\\Classes\\\.\$\{EXT\}" ""/u);
  });

  it('gives the Linux desktop entry a MIME type for each format, reusing the system types', () => {
    const types = config.linux?.mimeTypes ?? [];
    const byFormat: Record<string, string> = {
      text: 'text/plain',
      markdown: 'text/markdown',
      html: 'text/html',
      json: 'application/json',
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      mhtml: 'multipart/related',
      email: 'message/rfc822',
    };
    for (const format of new Set(Object.values(FORMATS))) expect(types).toContain(byFormat[format]);
    // A mimeType on a file association would ship a shared-mime-info file redefining these types.
    expect(config.linux?.fileAssociations).toBeUndefined();
    // The Exec line keeps %U (file:// URLs, which Parallax reads) and never --no-sandbox.
    expect(config.linux?.executableArgs).toBeUndefined();
    expect(config.appImage?.executableArgs).toEqual([]);
  });

  it('fetches Electron before electron-vite dev needs it (electron-vite reads path.txt and never downloads)', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dev']).toBe('install-electron && electron-vite dev');
  });

  it('recommends Node 22.12 (what Electron 45 declares) and still allows 20.19', () => {
    expect(metadata['engines']).toEqual({ node: '^20.19.0 || >=22.12.0' });
  });
});

import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/csp';
import { categoryCss } from './report/vocabulary';

/** Writes the one Content Security Policy into index.html's meta tag. */
const contentSecurityPolicy: Plugin = {
  name: 'parallax-csp',
  transformIndexHtml: (html) => html.replace('%PARALLAX_CSP%', CONTENT_SECURITY_POLICY),
};

/** Writes the category and tone colours, shared with the reports, into index.html's style tag. */
const categoryStyles: Plugin = {
  name: 'parallax-category-css',
  transformIndexHtml: (html) => html.replace('/* %PARALLAX_CATEGORY_CSS% */', categoryCss()),
};

/**
 * JSON as the renderer and its analysis worker import it: default exports only (every import here is one). With named
 * exports, the worker's bundle gave each of sentiment's 3,382 scored words a getter of its own, compiled and run at
 * every start of the worker (about 20 ms of its start-up). The bench bundles the worker with the same settings.
 */
export const rendererJson = { namedExports: false };

/**
 * Writes the characters rolldown's `charset: 'ascii'` leaves, those of String.raw templates (an escape there would
 * change the raw text), as `${"\u2019"}`: String.raw puts a substitution's value in as it is, so the text is the
 * same. The analysis worker's script is then ASCII only, which its engine reads and keeps as one byte a character
 * rather than two (about 8 MB less, and several ms less of every worker start). A character whose nearest backtick
 * before it does not open a String.raw template, or that follows a backslash, is left alone.
 */
const asciiRawTemplates: Plugin = {
  name: 'parallax-ascii-raw-templates',
  renderChunk(code) {
    let out = '';
    let copied = 0;
    for (let i = 0; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c < 128) continue;
      const tick = code.lastIndexOf('`', i);
      let slashes = 0;
      while (code.charCodeAt(i - 1 - slashes) === 92) slashes++;
      // after an odd run of backslashes `${` would not open a substitution
      if (!code.startsWith('String.raw', tick - 10) || slashes % 2) continue;
      out += code.slice(copied, i) + '${"\\u' + c.toString(16).padStart(4, '0') + '"}';
      copied = i + 1;
    }
    return copied ? { code: out + code.slice(copied), map: null } : null;
  },
};

/** Characters from which a text asset is read from a comment (textInComment). */
const LONG_TEXT = 65_536;
/** What a function whose body is only a comment begins and ends with. */
const COMMENT_OPEN = 'function(){/*';
const COMMENT_CLOSE = '*/}';

/**
 * `code` with each long text asset (a line `var name = "...";`, as a `?raw` import is bundled, of LONG_TEXT characters
 * or more) given by the text of a comment: `var name = (function(){/*...*\/}).toString().slice(13, -3);`. The
 * language requires Function.prototype.toString to give a function's source text exactly (ECMAScript 2019), so the
 * string is the same; V8 reads a comment about twice as fast as a string literal and gives the function's text as a
 * slice of the script's, without a copy: the analysis worker's 6.5 MB of assets took about 14 ms less of its start.
 * A text that is not printable ASCII and line breaks, or that holds the comment's end, is left a literal.
 */
export function textInComment(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const head = line.length < LONG_TEXT ? null : /^\s*var [\w$]+ = "/u.exec(line)?.[0];
      if (!head || !line.endsWith('";')) return line;
      // the declaration's string literal must end where the line does
      let at = head.length;
      while (at < line.length && line[at] !== '"') at += line[at] === '\\' ? 2 : 1;
      if (at !== line.length - 2) return line;
      const text = runInNewContext(line.slice(head.length - 1, -1)) as string;
      if (/[^\x20-\x7e\n]/u.test(text) || text.includes('*/')) return line;
      return `${head.slice(0, -1)}(${COMMENT_OPEN}${text}${COMMENT_CLOSE}).toString().slice(${COMMENT_OPEN.length}, -${COMMENT_CLOSE.length});`;
    })
    .join('\n');
}

/** Gives the worker's long text assets by comments (textInComment), once the chunk's code is final. */
const textAssetsInComments: Plugin = {
  name: 'parallax-text-assets-in-comments',
  // when the chunk is written: the build's own steps before it drop comments
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = textInComment(chunk.code);
  },
};

/**
 * How the analysis worker is bundled, by the app and by the bench alike: ASCII only (see asciiRawTemplates), its
 * long text assets given by comments (textInComment), and without other comments, which the worker's script would
 * otherwise carry, some of them in other alphabets.
 */
export const workerBundling = {
  plugins: [asciiRawTemplates, textAssetsInComments],
  output: { charset: 'ascii', comments: false } as const,
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // engine/nlp.ts reads the NLP model's core as text (a `?raw` import), which only the bundler can give.
      externalizeDeps: { exclude: ['wink-eng-lite-web-model'] },
      rollupOptions: {
        // ipc.js is also loaded on its own by the e2e harness, so it is an entry of its own.
        // cli.js is the command line (cli/, run by bin/parallax.cjs): plain Node, it must never require electron.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          ipc: resolve(__dirname, 'electron/main/ipc.ts'),
          cli: resolve(__dirname, 'cli/index.ts'),
        },
        // Loaded from node_modules when the CLI prints a PDF, not bundled (it is a development dependency).
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [svelte(), contentSecurityPolicy, categoryStyles],
    json: rendererJson,
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    worker: { format: 'es', plugins: () => workerBundling.plugins, rolldownOptions: { output: workerBundling.output } },
  },
});

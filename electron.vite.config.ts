import { resolve } from 'node:path';
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

/** Characters of a piece of a long string literal (see splitLongStrings). */
export const STRING_PIECE = 32_768;

/**
 * `literal` (a double-quoted string literal as rolldown writes it) as a sum of literals of about STRING_PIECE
 * characters each, cut between escapes, never inside one.
 */
function inPieces(literal: string): string {
  const pieces: string[] = [];
  const end = literal.length - 1;
  let from = 1;
  for (let at = 1; at < end; ) {
    if (literal.charCodeAt(at) !== 92) at++;
    else if (literal.startsWith('u{', at + 1)) at = literal.indexOf('}', at) + 1;
    else at += literal[at + 1] === 'u' ? 6 : literal[at + 1] === 'x' ? 4 : 2;
    if (at - from >= STRING_PIECE || at >= end) {
      pieces.push(`"${literal.slice(from, at)}"`);
      from = at;
    }
  }
  return `(${pieces.join('\n+ ')})`;
}

/**
 * Writes each double-quoted string literal of more than STRING_PIECE characters (the assets imported as text: the
 * NLP model's core, the word vectors, the word senses) as a sum of literals of about STRING_PIECE characters: the
 * same string. V8 compiles a literal of megabytes more slowly a character than the same characters in pieces, and
 * joins the pieces once, when the string is first read: about 5 ms less of every start of the analysis worker. Only
 * lines longer than a piece are read (code is written in short lines), with their strings and templates followed.
 */
const splitLongStrings: Plugin = {
  name: 'parallax-split-long-strings',
  // when the chunk is written: a renderChunk hook's sum was folded back into one literal by the build's own
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = withLongStringsInPieces(chunk.code);
  },
};

/** `code` with each line's double-quoted string literals of more than STRING_PIECE characters in pieces (inPieces). */
export function withLongStringsInPieces(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      if (line.length <= STRING_PIECE) return line;
      let out = '';
      let copied = 0;
      for (let i = 0; i < line.length; i++) {
        const quote = line[i];
        if (quote !== '"' && quote !== "'" && quote !== '`') continue;
        let j = i + 1;
        while (j < line.length && line[j] !== quote) j += line[j] === '\\' ? 2 : 1;
        if (quote === '"' && j - i > STRING_PIECE) {
          out += line.slice(copied, i) + inPieces(line.slice(i, j + 1));
          copied = j + 1;
        }
        i = j;
      }
      return out + line.slice(copied);
    })
    .join('\n');
}

/**
 * How the analysis worker is bundled, by the app and by the bench alike: ASCII only (see asciiRawTemplates), its
 * long strings in pieces (splitLongStrings), and without comments, which the worker's script would otherwise carry,
 * some of them in other alphabets.
 */
export const workerBundling = {
  plugins: [asciiRawTemplates, splitLongStrings],
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

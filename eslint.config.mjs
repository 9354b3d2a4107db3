import js from "@eslint/js";
import tseslint from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import regexp from "eslint-plugin-regexp";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

export default tseslint.config(
  {
    ignores: [
      "out/",
      "dist/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "e2e/screenshots/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: [".svelte"],
      },
    },
  },
  {
    // The engine runs in a Web Worker, the main process and the CLI: it may import only itself and
    // its pure libraries (its tests and their fixtures aside).
    files: ["engine/**/*.ts"],
    ignores: ["engine/**/*.test.ts", "engine/fixtures/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "engine/ is pure: no Node modules." },
            {
              group: ["electron", "electron/*"],
              message: "engine/ is pure: no Electron.",
            },
            {
              group: ["svelte", "svelte/*"],
              message: "engine/ is pure: no Svelte.",
            },
            {
              group: ["../*", "!./*"],
              message: "engine/ imports only its own files.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "process",
        "Buffer",
        "require",
        "document",
        "window",
      ],
    },
  },
  {
    // Reports are made in the main process and the CLI from plain data: the model and formatters
    // import only themselves and the engine.
    files: ["report/**/*.ts"],
    ignores: ["report/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "report/ is pure: no Node modules." },
            {
              regex: "^electron(/|$)",
              message: "report/ is pure: no Electron.",
            },
            {
              group: ["svelte", "svelte/*"],
              message: "report/ is pure: no Svelte.",
            },
            {
              group: ["../*", "!../engine"],
              message: "report/ imports only its own files and engine/.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "process",
        "Buffer",
        "require",
        "document",
        "window",
        "navigator",
        "self",
      ],
    },
  },
  {
    // The CLI is plain Node: loading Electron there would try to download it, or start an app.
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^electron(/|$)",
              message: "cli/ runs in plain Node: never import electron.",
            },
          ],
        },
      ],
    },
  },
  {
    // Word lists are data: they may name the engine's types (an attribution class) and nothing else outside lexicon/.
    files: ['engine/lexicon/**/*.ts'],
    ignores: ['engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'electron/*', 'svelte', 'svelte/*'], message: 'engine/ is pure.' },
            { group: ['../*', '!../types', '../../*'], message: 'engine/lexicon/ imports only its own files and ../types.' },
          ],
        },
      ],
    },
  },
  {
    // Text from any outlet reaches these expressions: none may backtrack or rescan super-linearly.
    files: [
      "engine/**/*.ts",
      "electron/**/*.ts",
      "report/**/*.ts",
      "cli/**/*.ts",
    ],
    ...regexp.configs["flat/recommended"],
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // No import cycles: every module sits at one stage and imports only earlier ones.
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".json"] }),
      ],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["renderer/src/components/**/*.svelte", "renderer/src/App.svelte"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "window",
          property: "api",
          message: "Components use state classes, not window.api.",
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.svelte", "**/*.mjs"],
    ignores: ["electron/main/ipc.ts", "electron/main/*.test.ts", "e2e/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: "Only electron/main/ipc.ts touches ipcMain.",
        },
      ],
    },
  },
);

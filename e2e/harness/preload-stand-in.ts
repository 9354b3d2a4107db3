/**
 * The init script that runs the built preload bundle (out/preload/index.js) in Chromium, with a
 * stand-in for the Electron renderer modules it requires: contextBridge, ipcRenderer and webUtils.
 * ipcRenderer.invoke goes to the real main-process handlers through a Playwright binding.
 */
import { readFileSync } from 'node:fs';

/** Name of the Playwright binding that carries `invoke` calls to Node. */
export const INVOKE_BINDING = '__parallaxInvoke';

/** Builds the init script around the preload bundle's source. */
export function preloadInitScript(preloadFile: string): string {
  const preload = readFileSync(preloadFile, 'utf8');
  return `(() => {
  const listeners = new Map();
  const paths = new Map();
  const keyOf = (file) => file.name + '\\u0000' + file.size + '\\u0000' + file.lastModified;
  Object.defineProperty(window, '__parallaxStandIn', { value: Object.freeze({
    emit(channel, payload) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: null }, payload);
    },
    setPath(file, path) { paths.set(keyOf(file), path); },
  }) });
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
      },
    },
    ipcRenderer: {
      // Electron clones IPC arguments with the structured clone algorithm; JSON is the same for our plain data.
      invoke: (channel, ...args) => window[${JSON.stringify(INVOKE_BINDING)}](channel, JSON.parse(JSON.stringify(args))),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) { listeners.get(channel)?.delete(listener); },
    },
    webUtils: { getPathForFile: (file) => paths.get(keyOf(file)) ?? '' },
  };
  const requireStandIn = (id) => {
    if (id === 'electron') return electron;
    throw new Error('The preload bundle may only require electron, not ' + id);
  };
  const preloadModule = { exports: {} };
  // The bundle runs as Electron runs a CommonJS preload: wrapped in a function of require, module, exports.
  (function (require, module, exports) {
${preload}
  })(requireStandIn, preloadModule, preloadModule.exports);
})();`;
}

import type { Api } from '../../electron/preload/api';

declare global {
  interface Window {
    /** Exposed by the preload script through contextBridge. */
    api: Api;
  }
}

export {};

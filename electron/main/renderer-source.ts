/** Where the window's page comes from: app://parallax, or Vite's dev server while developing from source. */
import { APP_ORIGIN } from './protocol';

/** The page the window loads, and what the app trusts because of it. */
export interface RendererSource {
  /** URL of the page. */
  url: string;
  /** Origin whose pages may use the IPC API and be navigated to. */
  origin: string;
  /** The dev server, when the page comes from one (never in a packaged app). */
  devServer: URL | null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The app's page: app://parallax/index.html, or in development (`electron-vite dev`) the dev server
 * that `ELECTRON_RENDERER_URL` names. A packaged app ignores that variable: whatever it names would
 * become the page the app trusts with its API. In development it must be an http(s) URL on this computer.
 */
export function rendererSource(isPackaged: boolean, devServerUrl: string | undefined): RendererSource {
  const app = { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN, devServer: null };
  if (isPackaged || !devServerUrl) return app;
  let url: URL;
  try {
    url = new URL(devServerUrl);
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${devServerUrl}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http(s) URL on this computer (localhost), not ${devServerUrl}`);
  }
  return { url: url.href, origin: `${url.protocol}//${url.host}`, devServer: url };
}

/** True for the app's own pages (same origin as the renderer source). */
export function isTrustedUrl(source: RendererSource, url: string): boolean {
  try {
    const u = new URL(url);
    // Not `u.origin`: WHATWG URL gives the origin of a non-special scheme such as app: as "null".
    return `${u.protocol}//${u.host}` === source.origin;
  } catch {
    return false;
  }
}

/**
 * True for the dev server's hot-reload websocket (ws://localhost:5173): Vite's client connects to the
 * host and port it was served from. Never true outside development.
 */
export function isDevServerSocket(source: RendererSource, url: string): boolean {
  if (!source.devServer) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'ws:' || u.protocol === 'wss:') && u.host === source.devServer.host;
  } catch {
    return false;
  }
}

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {}, protocol: {} }));

const { isDevServerSocket, isTrustedUrl, rendererSource } = await import('./renderer-source');
const { isAllowedRequest } = await import('./security');

describe('the page the window loads', () => {
  it('is app://parallax in a packaged app, whatever ELECTRON_RENDERER_URL says', () => {
    for (const env of [undefined, 'http://localhost:5173/', 'https://evil.example/']) {
      const source = rendererSource(true, env);
      expect(source).toEqual({ url: 'app://parallax/index.html', origin: 'app://parallax', devServer: null });
      expect(isTrustedUrl(source, 'https://evil.example/')).toBe(false);
      expect(isTrustedUrl(source, 'http://localhost:5173/')).toBe(false);
      expect(isTrustedUrl(source, 'app://parallax/assets/x.js')).toBe(true);
    }
  });

  it('is the dev server from source when electron-vite names one', () => {
    const source = rendererSource(false, 'http://localhost:5173');
    expect(source.url).toBe('http://localhost:5173/');
    expect(isTrustedUrl(source, 'http://localhost:5173/src/main.ts')).toBe(true);
    expect(isTrustedUrl(source, 'http://localhost:5174/')).toBe(false);
    expect(isTrustedUrl(source, 'app://parallax/index.html')).toBe(false);
    expect(rendererSource(false, undefined).url).toBe('app://parallax/index.html');
  });

  it('refuses a dev server that is not on this computer, or not http', () => {
    expect(() => rendererSource(false, 'https://evil.example/')).toThrow(/localhost/u);
    expect(() => rendererSource(false, 'file:///tmp/index.html')).toThrow(/localhost/u);
    expect(() => rendererSource(false, 'not a url')).toThrow(/not a URL/u);
    expect(rendererSource(false, 'http://127.0.0.1:5173/').origin).toBe('http://127.0.0.1:5173');
  });
});

describe("Vite's hot-reload websocket", () => {
  it('is let through in development only, and only to the dev server', () => {
    const dev = rendererSource(false, 'http://localhost:5173/');
    const policy = { isTrustedUrl: (url: string) => isTrustedUrl(dev, url), isDevServerSocket: (url: string) => isDevServerSocket(dev, url) };
    expect(isAllowedRequest(policy, 'ws://localhost:5173/?token=abc')).toBe(true);
    expect(isAllowedRequest(policy, 'ws://localhost:9999/')).toBe(false);
    expect(isAllowedRequest(policy, 'ws://evil.example:5173/')).toBe(false);
    expect(isAllowedRequest(policy, 'https://example.com/')).toBe(false);

    const app = rendererSource(true, 'http://localhost:5173/');
    const packagedPolicy = { isTrustedUrl: (url: string) => isTrustedUrl(app, url), isDevServerSocket: (url: string) => isDevServerSocket(app, url) };
    expect(isAllowedRequest(packagedPolicy, 'ws://localhost:5173/')).toBe(false);
    expect(isAllowedRequest(packagedPolicy, 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest(packagedPolicy, 'app://parallax/index.html')).toBe(true);
  });
});

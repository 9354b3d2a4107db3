import { describe, expect, it, vi } from 'vitest';
import { hardenContents, setupSecurity } from './security';

const trusted = (url: string) => url.startsWith('app://parallax/');

describe('web contents', () => {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  };
  hardenContents(contents as never, trusted);

  function prevented(name: string, url?: string): boolean {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  }

  it('denies navigation and redirects away from the app, and allows its own pages', () => {
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'app://parallax/index.html')).toBe(false);
  });

  it('denies new windows and <webview>', () => {
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'app://parallax/index.html' })).toEqual({ action: 'deny' });
    expect(prevented('will-attach-webview')).toBe(true);
  });
});

describe('the session', () => {
  let permissionRequest: (c: unknown, p: string, cb: (granted: boolean) => void) => void = () => undefined;
  let permissionCheck: () => boolean = () => true;
  let beforeRequest: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void = () => undefined;
  setupSecurity(
    {
      setPermissionRequestHandler: (fn: typeof permissionRequest) => (permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof permissionCheck) => (permissionCheck = fn),
      webRequest: { onBeforeRequest: (fn: typeof beforeRequest) => (beforeRequest = fn) },
    } as never,
    trusted,
  );

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      permissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(permissionCheck()).toBe(false);
  });

  it('cancels every request that does not go to the app itself', () => {
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      beforeRequest({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://example.com/collect')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://parallax/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

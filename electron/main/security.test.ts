import { describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents } from './fake-electron';
import { hardenContents, setupSecurity } from './security';

const trusted = (url: string) => url.startsWith('app://parallax/');

describe('web contents', () => {
  const fake = fakeWebContents();
  hardenContents(fake.contents as never, trusted);
  const prevented = (name: string, url?: string) => fake.prevented(name, url);
  const openHandler = () => fake.openHandler()!;

  it('denies navigation and redirects away from the app, and allows its own pages', () => {
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'app://parallax/index.html')).toBe(false);
  });

  it('denies new windows and <webview>', () => {
    expect(openHandler()({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()({ url: 'app://parallax/index.html' })).toEqual({ action: 'deny' });
    expect(prevented('will-attach-webview')).toBe(true);
  });
});

describe('the session', () => {
  const { session, hooks } = fakeSession();
  setupSecurity(session as never, { isTrustedUrl: trusted });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      hooks.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(hooks.permissionCheck!()).toBe(false);
  });

  it('cancels every request that does not go to the app itself', () => {
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      hooks.beforeRequest!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://example.com/collect')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://parallax/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

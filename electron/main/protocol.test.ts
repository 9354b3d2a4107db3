import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ registered: [] as unknown[] }));
vi.mock('electron', () => ({
  net: { fetch: vi.fn() },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => electron.registered.push(...schemes), handle: vi.fn() },
}));

const { registerAppScheme } = await import('./protocol');

describe('the app: scheme', () => {
  it('is standard and secure, with V8 code cache on (custom schemes need standard for it)', () => {
    registerAppScheme();
    expect(electron.registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});

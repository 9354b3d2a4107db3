/** The app:// scheme the renderer is served from, instead of file:// (Electron security checklist #18). */
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';

/** Scheme and host of the app's own pages. */
export const APP_ORIGIN = 'app://parallax';

/** Registers app:// as a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps compiled scripts between starts, as it does for http(s); custom schemes need it
    // asked for, together with standard (https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes).
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves files from `rootDir` on app://parallax/, refusing anything outside it. */
export function setupProtocol(rootDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'parallax') return new Response('Not found', { status: 404 });
    const path = normalize(join(rootDir, decodeURIComponent(url.pathname)));
    const rel = relative(rootDir, path);
    // Refuse path traversal out of the renderer folder.
    if (rel.startsWith('..') || isAbsolute(rel)) return new Response('Forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

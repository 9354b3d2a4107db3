/** Session-wide and per-contents security settings (Electron's security checklist). */
import type { Session, WebContents } from 'electron';

/** Which URLs the session may load. */
export interface RequestPolicy {
  /** The app's own pages and their files. */
  isTrustedUrl(url: string): boolean;
  /** In development only, the dev server's hot-reload websocket; false for every URL otherwise. */
  isDevServerSocket?(url: string): boolean;
}

/** True for a request the session lets through: the app's own files, devtools, data: URLs, and in development Vite's websocket. */
export function isAllowedRequest(policy: RequestPolicy, url: string): boolean {
  return (
    policy.isTrustedUrl(url) ||
    url.startsWith('devtools://') ||
    url.startsWith('data:') ||
    (policy.isDevServerSocket?.(url) ?? false)
  );
}

/**
 * Denies every permission request and check, and cancels every request that does not go to the app's
 * own pages: article text never leaves the machine.
 */
export function setupSecurity(session: Session, policy: RequestPolicy): void {
  // https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(policy, details.url) });
  });
}

/** Denies navigation away from the app, new windows and <webview> in every web contents. */
export function hardenContents(contents: WebContents, isTrustedUrl: (url: string) => boolean): void {
  // https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  // https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

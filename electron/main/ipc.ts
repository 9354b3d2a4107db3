/** The only place that touches ipcMain: every channel of the contract gets one checked handler here. */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { argumentSchemas, type Invoke, type InvokeChannel, type Result } from '../contract';
import { openDropped, openWithDialog } from './articles';
import { exportReport, reportFromWindow } from './export';
import { supportedFilesIn } from './folders';
import { pasteArticle } from './paste';
import { Outbox } from './outbox';
import { Session, SessionStore } from './session';

/** What the handlers need from the app around them. */
export interface IpcContext {
  /** True for URLs the app's own renderer is served from. */
  isTrustedUrl(url: string): boolean;
  /** Article files given on the command line. */
  launchFiles: readonly string[];
  /** Folder of the sample set. */
  seedsDir: string;
  /** Folder where the session is saved (Electron's userData). */
  userDataDir: string;
}

type Handler<C extends InvokeChannel> = (
  event: IpcMainInvokeEvent,
  ...args: Parameters<Invoke[C]>
) => Promise<ReturnType<Invoke[C]>> | ReturnType<Invoke[C]>;

/**
 * A sender is trusted when it is the top frame of one of the app's windows and shows the app's own
 * page (https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages).
 */
function isTrustedSender(event: IpcMainInvokeEvent, ctx: IpcContext): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return ctx.isTrustedUrl(frame.url);
}

/** Registers a handler that checks the sender, parses the arguments with `schema` and wraps the result. */
function handle<C extends InvokeChannel>(
  ctx: IpcContext,
  channel: C,
  schema: z.ZodType<Parameters<Invoke[C]>>,
  fn: Handler<C>,
): void {
  ipcMain.handle(channel, async (event, ...raw: unknown[]): Promise<Result<ReturnType<Invoke[C]>>> => {
    if (!isTrustedSender(event, ctx)) return { ok: false, error: `refused ${channel}: the request did not come from Parallax's own window` };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `refused ${channel}: ${parsed.error.issues[0]?.message ?? 'invalid arguments'}` };
    try {
      return { ok: true, value: await fn(event, ...parsed.data) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/**
 * Registers the handler of every contract channel; returns the session the handlers keep and the
 * outbox that holds events until the page says it listens.
 */
export function setupIpc(ctx: IpcContext): { session: Session; outbox: Outbox } {
  const outbox = new Outbox();
  const session = new Session(new SessionStore(ctx.userDataDir), ctx.launchFiles, () => supportedFilesIn(ctx.seedsDir));
  handle(ctx, 'articles:initial', argumentSchemas['articles:initial'], () => session.initial());
  handle(ctx, 'articles:open-dialog', argumentSchemas['articles:open-dialog'], async (event) =>
    session.remember(await openWithDialog(BrowserWindow.fromWebContents(event.sender))),
  );
  handle(ctx, 'articles:open-dropped', argumentSchemas['articles:open-dropped'], async (_event, files) =>
    session.remember(await openDropped(files)),
  );
  handle(ctx, 'articles:paste', argumentSchemas['articles:paste'], async (_event, clip) =>
    session.remember(await pasteArticle(ctx.userDataDir, clip)),
  );
  handle(ctx, 'report:export', argumentSchemas['report:export'], (event, request) =>
    exportReport(
      BrowserWindow.fromWebContents(event.sender),
      reportFromWindow(request, (id) => session.filesOf([id])[0]),
      request.format,
    ),
  );
  handle(ctx, 'session:update', argumentSchemas['session:update'], async (_event, update) => {
    await session.update(update.articleIds, update.view);
    return { saved: true } as const;
  });
  handle(ctx, 'session:restore-previous', argumentSchemas['session:restore-previous'], async () => ({ restored: await session.restorePrevious() }));
  handle(ctx, 'session:analysis-stopped', argumentSchemas['session:analysis-stopped'], async (_event, articleId) => {
    await session.analysisStopped(articleId);
    return { saved: true } as const;
  });
  handle(ctx, 'window:ready', argumentSchemas['window:ready'], (event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (win) outbox.ready(win);
    return null;
  });
  return { session, outbox };
}

import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxWindow } from './outbox';

function fakeWindow(): OutboxWindow & { sent: [string, unknown][]; destroyed: boolean } {
  const win = {
    sent: [] as [string, unknown][],
    destroyed: false,
    isDestroyed: () => win.destroyed,
    webContents: { send: (channel: string, payload: unknown) => void win.sent.push([channel, payload]) },
  };
  return win;
}

const loaded = (name: string) => ({ articles: [], errors: [{ file: `/f/${name}`, name, reason: 'test' }] });

describe('the outbox', () => {
  it('holds what main sends before the page listens, and hands it over in order once the page is ready', () => {
    const outbox = new Outbox();
    const win = fakeWindow();
    // macOS open-file with no window, then File › Export…, while the new window loads.
    outbox.send('articles:loaded', loaded('a.txt'));
    outbox.send('report:export-requested', null);
    outbox.send('articles:loaded', loaded('b.txt'));
    expect(win.sent).toEqual([]);
    expect(outbox.held).toBe(3);
    outbox.ready(win);
    expect(win.sent.map(([channel]) => channel)).toEqual(['articles:loaded', 'report:export-requested', 'articles:loaded']);
    expect(win.sent[2]![1]).toEqual(loaded('b.txt'));
    expect(outbox.held).toBe(0);
  });

  it('sends straight to a page that listens', () => {
    const outbox = new Outbox();
    const win = fakeWindow();
    outbox.ready(win);
    outbox.send('articles:loaded', loaded('c.txt'));
    expect(win.sent).toEqual([['articles:loaded', loaded('c.txt')]]);
  });

  it('holds again while the page reloads (a renderer crash) and gives the new page what came meanwhile', () => {
    const outbox = new Outbox();
    const win = fakeWindow();
    outbox.ready(win);
    outbox.stopped(win);
    outbox.send('articles:loaded', loaded('d.txt'));
    expect(win.sent).toEqual([]);
    outbox.ready(win);
    expect(win.sent).toEqual([['articles:loaded', loaded('d.txt')]]);
  });

  it('never sends to a destroyed window, and keeps the message for the next one', () => {
    const outbox = new Outbox();
    const old = fakeWindow();
    outbox.ready(old);
    old.destroyed = true;
    outbox.send('report:export-requested', null);
    expect(old.sent).toEqual([]);
    const fresh = fakeWindow();
    outbox.ready(fresh);
    expect(fresh.sent).toEqual([['report:export-requested', null]]);
  });

  it('ignores a stop from a window it no longer sends to', () => {
    const outbox = new Outbox();
    const first = fakeWindow();
    const second = fakeWindow();
    outbox.ready(first);
    outbox.ready(second);
    outbox.stopped(first);
    outbox.send('report:export-requested', null);
    expect(second.sent).toHaveLength(1);
  });
});

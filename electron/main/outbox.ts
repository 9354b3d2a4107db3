/**
 * Events for the window's page, held in main until the page says it listens. `webContents.send` to a
 * page that has not subscribed yet (still loading, reloading after a crash, or no window at all) drops
 * the message: files opened from the Dock or a second launch, and File › Export…, would be lost.
 */
import type { EventChannel, Events } from '../contract';

/** The part of a BrowserWindow the outbox uses. */
export interface OutboxWindow {
  isDestroyed(): boolean;
  webContents: { send(channel: string, payload: unknown): void };
}

type Message = { [C in EventChannel]: { channel: C; payload: Events[C] } }[EventChannel];

/** Sends to the listening page, or keeps messages in order until a page says it is ready. */
export class Outbox {
  #queue: Message[] = [];
  #listening: OutboxWindow | null = null;

  /** Sends `payload` now if a page listens, else keeps it for the next page that becomes ready. */
  send<C extends EventChannel>(channel: C, payload: Events[C]): void {
    const message = { channel, payload } as Message;
    const win = this.#listening;
    if (win && !win.isDestroyed()) win.webContents.send(message.channel, message.payload);
    else this.#queue.push(message);
  }

  /** The page in `win` has subscribed to every event: what was held goes to it, in the order it came. */
  ready(win: OutboxWindow): void {
    this.#listening = win;
    const held = this.#queue;
    this.#queue = [];
    for (const message of held) this.send(message.channel, message.payload);
  }

  /** `win`'s page stopped listening (it navigates, reloads, crashed, or the window closed). */
  stopped(win: OutboxWindow): void {
    if (this.#listening === win) this.#listening = null;
  }

  /** How many messages wait for a page. */
  get held(): number {
    return this.#queue.length;
  }
}

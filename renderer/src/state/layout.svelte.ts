import { SvelteSet } from 'svelte/reactivity';
import type { Comparison } from '../../../engine/index';
import type { ComparisonIndex } from './comparison-index';

/** Up to this many columns lay out and get their marks at once; more go one per frame. */
export const SMALL_SET = 8;
/** Columns of a large set put on the page per frame (their header and their place in the row). */
export const CREATE_BATCH = 4;

/** What the scheduler reads: the visible columns in order, and the analysis they show. */
export interface LayoutSource {
  shown(): readonly string[];
  comparison(): Comparison | null;
  index(): ComparisonIndex;
}

/**
 * With many columns, columns are put on the page a batch per frame, then lay out their text one per frame, those on screen (or nearly) first,
 * and get their marks, one per frame, once they come near the screen; so no single task blocks
 * the page. Small sets get everything at once.
 */
export class Layout {
  #source: LayoutSource;
  #requestFrame: (callback: () => void) => number;
  #frame = 0;

  /** Columns put on the page. */
  readonly created = new SvelteSet<string>();
  /** Columns on screen or near it. */
  readonly near = new SvelteSet<string>();
  /** Columns whose text has been laid out. */
  readonly texted = new SvelteSet<string>();
  /** Columns given their marks, for the comparison `#grantedFor`. */
  readonly granted = new SvelteSet<string>();
  #grantedFor = $state.raw<Comparison | null>(null);

  /** Whether text is laid out a column per frame. */
  lazy = $derived.by(() => this.#source.shown().length > SMALL_SET);
  /** Whether marks are handed out a column per frame. */
  many = $derived.by(() => (this.#source.comparison()?.articles.length ?? 0) > SMALL_SET);
  /** A column near the screen still waits for its text or its marks. */
  waiting = $derived.by(() => {
    const shown = this.#source.shown();
    const index = this.#source.index();
    return (
      (this.lazy && shown.some((id) => !this.created.has(id) || (this.near.has(id) && !this.texted.has(id)))) ||
      (this.many && shown.some((id) => this.near.has(id) && !this.marked(id) && index.article(id) !== undefined))
    );
  });
  /** Some column still waits for a frame. */
  pending = $derived.by(() => this.waiting || (this.lazy && this.#source.shown().some((id) => !this.texted.has(id))));

  /** `requestFrame` is requestAnimationFrame unless a test hands in its own. */
  constructor(source: LayoutSource, requestFrame: (callback: () => void) => number = (f) => requestAnimationFrame(f)) {
    this.#source = source;
    this.#requestFrame = requestFrame;
  }

  /** The column may be on the page now. */
  exists(id: string): boolean {
    return !this.lazy || this.created.has(id);
  }

  /**
   * Notes the columns of a small set as made and laid out, so that when the set grows large they stay as
   * they are instead of being made again. Call it from an effect whenever the shown columns change.
   */
  sync(): void {
    if (this.lazy) return;
    for (const id of this.#source.shown()) {
      if (!this.created.has(id)) this.created.add(id);
      if (!this.texted.has(id)) this.texted.add(id);
    }
  }

  /** The column's text may be laid out now. */
  hasText(id: string): boolean {
    return !this.lazy || this.texted.has(id);
  }

  /** The column may show its marks now. */
  marked(id: string): boolean {
    return !this.many || (this.#grantedFor === this.#source.comparison() && this.granted.has(id));
  }

  /** A column came near the screen (true) or left it (false). */
  setNear(id: string, isNear: boolean): void {
    if (isNear) this.near.add(id);
    else this.near.delete(id);
  }

  /** Asks for a frame in which the next column gets its text or marks, unless one is asked for already. */
  schedule(): void {
    if (!this.#frame) this.#frame = this.#requestFrame(() => this.#grantNext());
  }

  /** Puts the next batch of columns on the page, else lays out the next column's text (near ones first), else gives the next near column its marks. */
  #grantNext(): void {
    this.#frame = 0;
    const shown = this.#source.shown();
    if (this.lazy) {
      const fresh = shown.filter((id) => !this.created.has(id)).slice(0, CREATE_BATCH);
      if (fresh.length > 0) {
        for (const id of fresh) this.created.add(id);
        return this.schedule();
      }
      const next = shown.find((id) => this.near.has(id) && !this.texted.has(id)) ?? shown.find((id) => !this.texted.has(id));
      if (next !== undefined) {
        this.texted.add(next);
        return this.schedule();
      }
    }
    const c = this.#source.comparison();
    if (!c || !this.many) return;
    if (this.#grantedFor !== c) {
      this.granted.clear();
      this.#grantedFor = c;
    }
    const next = shown.find((id) => this.near.has(id) && !this.granted.has(id) && this.#source.index().article(id));
    if (next === undefined) return;
    this.granted.add(next);
    this.schedule();
  }
}

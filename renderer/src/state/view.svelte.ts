import type { MarkCategory } from '../../../engine/index';
import { MARK_CATEGORIES as CATEGORIES } from '../../../engine/types';

/** The views beside the columns. */
export const PANELS = ['coverage', 'contradictions', 'labels', 'attribution', 'sentiment'] as const;
export type PanelId = (typeof PANELS)[number];

/** Everything about how the reader arranged the view, as plain JSON (persisted by main across restarts). */
export interface ViewSnapshot {
  version: 1;
  /** Article ids in the reader's order; ids of articles not open are kept but ignored. */
  order: string[];
  hidden: string[];
  pinned: string[];
  categories: Record<MarkCategory, boolean>;
  panel: PanelId | null;
  /** Names the reader gave columns (double-click or F2 on a header), by article id. */
  names?: Record<string, string>;
  /** False once the reader folded the "How they differ" band away. */
  overview?: boolean;
  /** True while only what differs between the outlets is shown at full strength. */
  differencesOnly?: boolean;
  /** False when hovering a sentence must not scroll the other columns to its aligned sentences. */
  followHover?: boolean;
  /** Width of the side view in CSS pixels, as the reader dragged it (PANEL_WIDTH.min…max). */
  panelWidth?: number;
  /** True once the reader dismissed the first-run hint: it never shows again. */
  hintDismissed?: boolean;
}

/** The side view's width in CSS pixels: narrowest, widest and as it first opens. */
export const PANEL_WIDTH = { min: 288, max: 960, initial: 432 } as const;

/** A side-view width within PANEL_WIDTH (the initial one for anything that is not a number). */
export function clampPanelWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return PANEL_WIDTH.initial;
  return Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, value)));
}

/** The longest name a reader can give a column. */
export const MAX_NAME = 80;

function names(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [id, name] of Object.entries(value as Record<string, unknown>).slice(0, MAX_IDS)) {
    if (typeof name === 'string' && name.trim() && id.length <= 512) out[id] = name.trim().slice(0, MAX_NAME);
  }
  return out;
}

const MAX_IDS = 2000;

function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) if (typeof v === 'string' && v.length > 0 && v.length <= 512 && !out.includes(v)) out.push(v);
  return out.slice(0, MAX_IDS);
}

function allOn(): Record<MarkCategory, boolean> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<MarkCategory, boolean>;
}

/** A sentence in a column. */
export interface SentenceRef {
  articleId: string;
  sentence: number;
}

/** The reader's arrangement of the columns and the view (serialisable), plus what is lit right now (not). */
export class View {
  state = $state<ViewSnapshot>({ version: 1, order: [], hidden: [], pinned: [], categories: allOn(), panel: null, names: {}, overview: true, differencesOnly: false, followHover: true, panelWidth: PANEL_WIDTH.initial, hintDismissed: false });
  /** True once a saved arrangement was taken back (or there was none): from then on changes are saved. */
  restored = $state(false);
  /** The sentence under the pointer or focus; its aligned sentences light up. */
  active = $state.raw<SentenceRef | null>(null);

  /** A copy of the arrangement, safe to serialise. */
  snapshot(): ViewSnapshot {
    return $state.snapshot(this.state);
  }

  /** Takes a saved arrangement back, keeping only what it understands; anything else stays as it is. */
  restore(s: unknown): void {
    this.restored = true;
    if (!s || typeof s !== 'object') return;
    const o = s as Record<string, unknown>;
    const categories = allOn();
    if (o['categories'] && typeof o['categories'] === 'object') {
      for (const c of CATEGORIES) {
        const v = (o['categories'] as Record<string, unknown>)[c];
        if (typeof v === 'boolean') categories[c] = v;
      }
    }
    const panel = PANELS.find((p) => p === o['panel']) ?? null;
    this.state = {
      version: 1,
      order: idList(o['order']),
      hidden: idList(o['hidden']),
      pinned: idList(o['pinned']),
      categories,
      panel,
      names: names(o['names']),
      overview: o['overview'] !== false,
      differencesOnly: o['differencesOnly'] === true,
      followHover: o['followHover'] !== false,
      panelWidth: clampPanelWidth(o['panelWidth']),
      hintDismissed: o['hintDismissed'] === true,
    };
  }

  /** The open articles' ids in display order: pinned first, then the reader's order, new ones last. */
  arrange(ids: readonly string[]): string[] {
    const { order, pinned } = this.state;
    const at = (id: string, i: number) => (pinned.includes(id) ? 0 : 1e9) + (order.includes(id) ? order.indexOf(id) : 1e6 + i);
    return ids
      .map((id, i) => ({ id, r: at(id, i) }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.id);
  }

  /** The arranged ids without the hidden ones. */
  visible(ids: readonly string[]): string[] {
    const { hidden } = this.state;
    return this.arrange(ids).filter((id) => !hidden.includes(id));
  }

  /** Moves a column one place left (-1) or right (+1) among the visible ones; pinned columns stay in front. */
  move(id: string, by: -1 | 1, ids: readonly string[]): void {
    const shown = this.visible(ids);
    const i = shown.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= shown.length) return;
    if (this.isPinned(id) !== this.isPinned(shown[j]!)) return;
    [shown[i], shown[j]] = [shown[j]!, shown[i]!];
    const rest = this.arrange(ids).filter((x) => !shown.includes(x));
    this.state.order = [...shown, ...rest, ...this.state.order.filter((x) => !ids.includes(x))];
  }

  togglePin(id: string): void {
    const p = this.state.pinned;
    this.state.pinned = p.includes(id) ? p.filter((x) => x !== id) : [...p, id];
  }

  isPinned(id: string): boolean {
    return this.state.pinned.includes(id);
  }

  hide(id: string): void {
    if (!this.state.hidden.includes(id)) this.state.hidden = [...this.state.hidden, id];
    if (this.active?.articleId === id) this.active = null;
  }

  show(id: string): void {
    this.state.hidden = this.state.hidden.filter((x) => x !== id);
  }

  isHidden(id: string): boolean {
    return this.state.hidden.includes(id);
  }

  toggleCategory(c: MarkCategory): void {
    this.state.categories[c] = !this.state.categories[c];
  }

  /** The name the reader gave a column, if any. */
  nameOf(id: string): string | undefined {
    return this.state.names?.[id];
  }

  /** Names a column; an empty name gives it back the outlet's own. */
  rename(id: string, name: string): void {
    const rest = { ...this.state.names };
    delete rest[id];
    const clean = name.replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME);
    this.state.names = clean ? { ...rest, [id]: clean } : rest;
  }

  toggleOverview(): void {
    this.state.overview = this.state.overview === false;
  }

  toggleDifferencesOnly(): void {
    this.state.differencesOnly = !this.state.differencesOnly;
  }

  toggleFollowHover(): void {
    this.state.followHover = this.state.followHover === false;
  }

  /** Sets the side view's width (clamped to PANEL_WIDTH). */
  setPanelWidth(width: number): void {
    this.state.panelWidth = clampPanelWidth(width);
  }

  /** The first-run hint goes away for good. */
  dismissHint(): void {
    this.state.hintDismissed = true;
  }

  setPanel(panel: PanelId | null): void {
    this.state.panel = this.state.panel === panel ? null : panel;
  }
}

import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH, View } from './view.svelte';

const IDS = ['a', 'b', 'c', 'd'];

describe('View', () => {
  it('shows new articles in the order they came, pinned ones first, hidden ones not at all', () => {
    const view = new View();
    expect(view.visible(IDS)).toEqual(IDS);
    view.togglePin('c');
    view.hide('b');
    expect(view.visible(IDS)).toEqual(['c', 'a', 'd']);
    expect(view.arrange(IDS)).toEqual(['c', 'a', 'b', 'd']);
    view.show('b');
    view.togglePin('c');
    expect(view.visible(IDS)).toEqual(IDS);
  });

  it('moves a column among the visible ones, but never across the pinned boundary or off the ends', () => {
    const view = new View();
    view.move('c', -1, IDS);
    expect(view.visible(IDS)).toEqual(['a', 'c', 'b', 'd']);
    view.move('a', -1, IDS);
    view.move('d', 1, IDS);
    expect(view.visible(IDS)).toEqual(['a', 'c', 'b', 'd']);
    view.togglePin('d');
    view.move('a', -1, IDS);
    expect(view.visible(IDS)).toEqual(['d', 'a', 'c', 'b']);
    view.move('a', -1, IDS);
    expect(view.visible(IDS)).toEqual(['d', 'a', 'c', 'b']);
    // Moving past a hidden column skips it.
    view.hide('c');
    view.move('a', 1, IDS);
    expect(view.visible(IDS)).toEqual(['d', 'b', 'a']);
  });

  it('hiding the column that holds the lit sentence puts the light out', () => {
    const view = new View();
    view.active = { articleId: 'b', sentence: 3 };
    view.hide('a');
    expect(view.active).toEqual({ articleId: 'b', sentence: 3 });
    view.hide('b');
    expect(view.active).toBeNull();
  });

  it('switches categories and the side view, and gives a plain snapshot of it all', () => {
    const view = new View();
    view.toggleCategory('hedge');
    view.setPanel('coverage');
    view.setPanel('sentiment');
    const snapshot = view.snapshot();
    expect(snapshot.categories.hedge).toBe(false);
    expect(snapshot.categories.loaded).toBe(true);
    expect(snapshot.panel).toBe('sentiment');
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    view.setPanel('sentiment');
    expect(view.state.panel).toBeNull();
  });

  it('takes back a saved arrangement, keeping what it understands and dropping the rest', () => {
    const view = new View();
    expect(view.restored).toBe(false);
    view.restore({
      version: 1,
      order: ['d', 'c', 7, '', 'd', 'x'.repeat(600)],
      hidden: 'a',
      pinned: ['b'],
      categories: { loaded: false, hedge: 'no', bogus: true },
      panel: 'nowhere',
    });
    expect(view.restored).toBe(true);
    expect(view.state.order).toEqual(['d', 'c']);
    expect(view.state.hidden).toEqual([]);
    expect(view.visible(IDS)).toEqual(['b', 'd', 'c', 'a']);
    expect(view.state.categories.loaded).toBe(false);
    expect(view.state.categories.hedge).toBe(true);
    expect(view.state.categories).not.toHaveProperty('bogus');
    expect(view.state.panel).toBeNull();
    // Nothing saved: everything stays as it is, and changes are saved from now on.
    const fresh = new View();
    fresh.restore(null);
    expect(fresh.restored).toBe(true);
    expect(fresh.visible(IDS)).toEqual(IDS);
  });

  it('keeps the names the reader gave columns and the reading switches, and takes them back from a saved view', () => {
    const view = new View();
    view.rename('b', '  Trade   Desk ');
    expect(view.nameOf('b')).toBe('Trade Desk');
    view.rename('b', '');
    expect(view.nameOf('b')).toBeUndefined();
    view.rename('a', 'x'.repeat(200));
    expect(view.nameOf('a')).toHaveLength(80);
    view.toggleOverview();
    view.toggleDifferencesOnly();
    view.toggleFollowHover();
    const again = new View();
    again.restore(JSON.parse(JSON.stringify(view.snapshot())));
    expect(again.nameOf('a')).toHaveLength(80);
    expect(again.state.overview).toBe(false);
    expect(again.state.differencesOnly).toBe(true);
    expect(again.state.followHover).toBe(false);
    // Bad names are dropped; switches default to on (overview, following) and off (differences only).
    const odd = new View();
    odd.restore({ names: { a: 3, b: ' ', c: 'Wire' }, overview: 'no' });
    expect(odd.state.names).toEqual({ c: 'Wire' });
    expect(odd.state.overview).toBe(true);
    expect(odd.state.differencesOnly).toBe(false);
  });

  it('keeps the side view within its narrowest and widest, and takes its width back', () => {
    const view = new View();
    expect(view.state.panelWidth).toBe(PANEL_WIDTH.initial);
    view.setPanelWidth(10);
    expect(view.state.panelWidth).toBe(PANEL_WIDTH.min);
    view.setPanelWidth(5000);
    expect(view.state.panelWidth).toBe(PANEL_WIDTH.max);
    view.setPanelWidth(500.4);
    const again = new View();
    again.restore(JSON.parse(JSON.stringify(view.snapshot())));
    expect(again.state.panelWidth).toBe(500);
    const odd = new View();
    odd.restore({ panelWidth: 'wide' });
    expect(odd.state.panelWidth).toBe(PANEL_WIDTH.initial);
    odd.restore({ panelWidth: -3 });
    expect(odd.state.panelWidth).toBe(PANEL_WIDTH.min);
  });

  it('shows the first-run hint until it is dismissed, then never again', () => {
    const view = new View();
    view.restore(null);
    expect(view.state.hintDismissed).toBe(false);
    view.dismissHint();
    const again = new View();
    again.restore(JSON.parse(JSON.stringify(view.snapshot())));
    expect(again.state.hintDismissed).toBe(true);
  });
});

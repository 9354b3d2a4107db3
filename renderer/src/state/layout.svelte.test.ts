import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Comparison } from '../../../engine/index';
import { ComparisonIndex } from './comparison-index';
import { CREATE_BATCH, Layout, SMALL_SET } from './layout.svelte';

/** A comparison whose articles are just their ids: enough for the index the scheduler asks. */
function comparisonOf(ids: readonly string[]): Comparison {
  return { articles: ids.map((id) => ({ id }) as ArticleAnalysis), facts: [], alignments: [], contradictions: [], coverage: { factIds: [], articleIds: [...ids], matrix: [] } } as unknown as Comparison;
}

/** A scheduler over `ids`, with frames that run only when the test says so. */
function setup(ids: string[], comparison: Comparison | null) {
  const frames: (() => void)[] = [];
  const source = { ids, comparison, index: new ComparisonIndex(comparison) };
  const layout = new Layout(
    { shown: () => source.ids, comparison: () => source.comparison, index: () => source.index },
    (callback) => frames.push(callback),
  );
  const frame = () => {
    const run = frames.splice(0);
    for (const f of run) f();
    return run.length;
  };
  return { layout, frame, frames, source };
}

const many = Array.from({ length: SMALL_SET + 2 }, (_, i) => `a${i}`);

describe('Layout', () => {
  it('gives a small set its text and marks at once, with no frame asked for', () => {
    const ids = ['a', 'b', 'c'];
    const { layout, frames } = setup(ids, comparisonOf(ids));
    expect(ids.every((id) => layout.hasText(id) && layout.marked(id))).toBe(true);
    expect(layout.pending).toBe(false);
    expect(layout.waiting).toBe(false);
    expect(frames).toHaveLength(0);
  });

  it('puts a large set on the page a batch of columns per frame, and keeps the columns a small set had', () => {
    const ids = ['a0', 'a1', 'a2'];
    const { layout, source } = setup(ids, null);
    layout.sync();
    expect(ids.every((id) => layout.exists(id) && layout.hasText(id))).toBe(true);
    source.ids = Array.from({ length: CREATE_BATCH * 2 + 3 }, (_, i) => `a${i}`);
    // Reactive reads of `shown` are not wired here: a fresh scheduler over the grown set, sharing the sets.
    const grown = new Layout({ shown: () => source.ids, comparison: () => null, index: () => source.index }, () => 0);
    for (const id of layout.created) grown.created.add(id);
    expect(grown.lazy).toBe(true);
    expect(source.ids.filter((id) => grown.exists(id))).toEqual(ids);
    expect(grown.waiting).toBe(true);
  });

  it('lays out a large set one column per frame, the ones near the screen first', () => {
    const { layout, frame } = setup(many, null);
    expect(layout.lazy).toBe(true);
    expect(many.some((id) => layout.exists(id) || layout.hasText(id))).toBe(false);
    expect(layout.waiting).toBe(true);
    layout.schedule();
    expect(frame()).toBe(1);
    expect(many.filter((id) => layout.exists(id))).toEqual(many.slice(0, CREATE_BATCH));
    while (many.some((id) => !layout.exists(id))) expect(frame()).toBe(1);
    expect(layout.waiting).toBe(false);
    layout.setNear('a5', true);
    layout.setNear('a6', true);
    expect(layout.waiting).toBe(true);
    layout.schedule();
    layout.schedule();
    expect(frame()).toBe(1);
    expect(many.filter((id) => layout.hasText(id))).toEqual(['a5']);
    expect(frame()).toBe(1);
    expect(many.filter((id) => layout.hasText(id))).toEqual(['a5', 'a6']);
    expect(layout.waiting).toBe(false);
    // Then the rest, in column order, until none is left and no frame is asked for.
    expect(frame()).toBe(1);
    expect(layout.hasText('a0')).toBe(true);
    while (frame() > 0);
    expect(many.every((id) => layout.hasText(id))).toBe(true);
    expect(layout.pending).toBe(false);
  });

  it('hands out marks one near column per frame, and starts over for a new comparison', () => {
    const { layout, frame, frames, source } = setup(many, comparisonOf(many));
    for (const id of many) layout.created.add(id);
    for (const id of many) layout.texted.add(id);
    layout.setNear('a1', true);
    layout.setNear('a2', true);
    expect(layout.many).toBe(true);
    expect(layout.marked('a1')).toBe(false);
    expect(layout.pending).toBe(true);
    layout.schedule();
    frame();
    expect([layout.marked('a1'), layout.marked('a2')]).toEqual([true, false]);
    frame();
    expect([layout.marked('a1'), layout.marked('a2'), layout.marked('a3')]).toEqual([true, true, false]);
    // One more frame finds nothing left to grant and asks for no other.
    frame();
    expect(frames).toHaveLength(0);
    expect(layout.waiting).toBe(false);
    // A column leaving the screen keeps its marks; one coming near gets them in a frame.
    layout.setNear('a1', false);
    layout.setNear('a7', true);
    expect(layout.waiting).toBe(true);
    layout.schedule();
    frame();
    expect([layout.marked('a1'), layout.marked('a7')]).toEqual([true, true]);
    // A new analysis: no column shows the old marks' places until granted again.
    source.comparison = comparisonOf(many);
    source.index = new ComparisonIndex(source.comparison);
    expect(layout.marked('a2')).toBe(false);
    layout.schedule();
    frame();
    expect(layout.marked('a2')).toBe(true);
  });
});

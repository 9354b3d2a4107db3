import { describe, expect, it } from 'vitest';
import { MARK_CATEGORIES } from '../engine/types';
import { CATEGORIES, CATEGORY, categoryCss, signed, TONE_THRESHOLD, toneOf } from './vocabulary';

describe('the presentation vocabulary', () => {
  it('names every framing category once, in the engine’s order', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...MARK_CATEGORIES]);
    for (const id of MARK_CATEGORIES) expect(CATEGORY[id].id).toBe(id);
  });

  it('calls an article positive or negative only past the per-word threshold', () => {
    expect(TONE_THRESHOLD).toBe(0.02);
    expect(toneOf(0.0201)).toBe('positive');
    expect(toneOf(0.02)).toBe('neutral');
    expect(toneOf(0)).toBe('neutral');
    expect(toneOf(-0.02)).toBe('neutral');
    expect(toneOf(-0.0201)).toBe('negative');
  });

  it('writes numbers with a sign and a true minus, and never "−0"', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-2.04, 1)).toBe('−2.0');
    expect(signed(0.01, 1)).toBe('0.0');
    expect(signed(-0.0004, 3)).toBe('0.000');
    expect(signed(0.0416, 3)).toBe('+0.042');
  });

  it('gives the page each category’s colours for both themes and the rule its marks use', () => {
    const css = categoryCss();
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const c of CATEGORIES) {
      expect(light).toContain(`--${c.id}-bg: ${c.light.background};`);
      expect(dark).toContain(`--${c.id}-line: ${c.dark.line};`);
      expect(css).toContain(`.m.${c.id} {\n  --c-bg: var(--${c.id}-bg);\n  --c-line: var(--${c.id}-line);\n  --c-line-style: ${c.lineStyle};\n}`);
    }
    expect(light).toContain('--pos-line: #3b8a45;');
    expect(dark).toContain('--neg-bg: #4a1f1f;');
  });
});

/**
 * The words and colours the app and every report share: framing-mark category names and colours,
 * the tone colours, the sentiment wording with its threshold, and how signed numbers are written.
 * Pure: the renderer, the report formats and the build (which writes the category CSS into the page)
 * all read it, so the app and a report say the same thing about the same article.
 */
import type { Fact, MarkCategory, Omission } from '../engine/types';

/** A tint and an underline colour, for one theme. */
export interface Swatch {
  background: string;
  line: string;
}

/** A framing-mark category as the reader sees it: a tint and an underline style each, so they differ without colour too. */
export interface CategoryStyle {
  id: MarkCategory;
  /** The legend's name. */
  label: string;
  /** The name on the legend's toggle. */
  short: string;
  description: string;
  lineStyle: 'solid' | 'double' | 'dashed';
  light: Swatch;
  dark: Swatch;
}

/** Every framing-mark category, in legend order (the engine's MARK_CATEGORIES order). */
export const CATEGORIES: readonly CategoryStyle[] = [
  {
    id: 'loaded',
    label: 'Loaded words',
    short: 'Loaded',
    description: 'words that carry feeling where a neutral word would do',
    lineStyle: 'solid',
    light: { background: '#fbdcd8', line: '#b3261e' },
    dark: { background: '#54231f', line: '#ff8a7e' },
  },
  {
    id: 'intensifier',
    label: 'Intensifiers',
    short: 'Intensifiers',
    description: 'words that turn a claim up',
    lineStyle: 'double',
    light: { background: '#fde3c4', line: '#b35300' },
    dark: { background: '#4f3112', line: '#ffb066' },
  },
  {
    id: 'hedge',
    label: 'Hedges',
    short: 'Hedges',
    description: 'vague sourcing and softening: "some say", "reportedly"',
    lineStyle: 'dashed',
    light: { background: '#e3efcf', line: '#557a1d' },
    dark: { background: '#2f3f1c', line: '#a9d46a' },
  },
  {
    id: 'attribution',
    label: 'Attribution verbs',
    short: 'Attribution',
    description: 'how speech is reported: "said", "claimed", "admitted"',
    lineStyle: 'solid',
    light: { background: '#dbe8f7', line: '#2c5d8f' },
    dark: { background: '#1f3550', line: '#8ab8e8' },
  },
  {
    id: 'label',
    label: 'Actor labels',
    short: 'Labels',
    description: 'descriptors the outlet puts in front of a name',
    lineStyle: 'double',
    light: { background: '#eadcf3', line: '#7d3c98' },
    dark: { background: '#3d2850', line: '#cf9ceb' },
  },
  {
    id: 'emphasis',
    label: 'Emphasis',
    short: 'Emphasis',
    description: 'capitals, exclamation marks and other shouting',
    lineStyle: 'solid',
    light: { background: '#fbefa4', line: '#8a6d00' },
    dark: { background: '#4a4010', line: '#f0d456' },
  },
  {
    id: 'headline',
    label: 'Headline hype',
    short: 'Headline hype',
    description: 'hype and cliffhangers in the headline',
    lineStyle: 'dashed',
    light: { background: '#d3efe9', line: '#107562' },
    dark: { background: '#163f38', line: '#6fd8c2' },
  },
];

/** Each category's style by id. */
export const CATEGORY: Readonly<Record<MarkCategory, CategoryStyle>> = Object.fromEntries(CATEGORIES.map((c) => [c.id, c])) as Record<MarkCategory, CategoryStyle>;

/** How an article reads overall. */
export type Tone = 'positive' | 'negative' | 'neutral';

/**
 * Comparative sentiment (AFINN score per word) beyond which an article reads positive or negative:
 * ±0.02, i.e. ±2 per 100 words. Per word, so a long article is not called positive for its length.
 */
export const TONE_THRESHOLD = 0.02;

/** The tone of an article (or actor) from its comparative sentiment. */
export function toneOf(comparative: number): Tone {
  if (comparative > TONE_THRESHOLD) return 'positive';
  if (comparative < -TONE_THRESHOLD) return 'negative';
  return 'neutral';
}

/** The tone of one sentence: any AFINN score away from zero counts (a sentence is too short to average). */
export function sentenceTone(score: number): Tone {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

/** A tint, an ink and a line (bars) colour, for one theme. */
export interface ToneSwatch {
  background: string;
  ink: string;
  line: string;
}

/** Colours for positive and negative tone, in each theme. */
export const TONE_COLOURS: Readonly<Record<'positive' | 'negative', { light: ToneSwatch; dark: ToneSwatch }>> = {
  positive: { light: { background: '#dcefdc', ink: '#1d5a25', line: '#3b8a45' }, dark: { background: '#1f3b22', ink: '#a9e0ae', line: '#5cbf68' } },
  negative: { light: { background: '#f8dcdc', ink: '#8a1f1f', line: '#c0392b' }, dark: { background: '#4a1f1f', ink: '#ffb4ab', line: '#ef6f61' } },
};

/** A number with its sign: "+3", "−2.0" (a true minus), and "0" (never "−0") for what rounds to zero. */
export function signed(n: number, digits = 0): string {
  const v = Number(n.toFixed(digits));
  if (v === 0) return (0).toFixed(digits);
  return v > 0 ? `+${v.toFixed(digits)}` : `−${Math.abs(v).toFixed(digits)}`;
}

const TONE_VARS = { positive: 'pos', negative: 'neg' } as const;

function themeVariables(theme: 'light' | 'dark'): string {
  const lines = CATEGORIES.flatMap((c) => [`--${c.id}-bg: ${c[theme].background};`, `--${c.id}-line: ${c[theme].line};`]);
  for (const tone of ['positive', 'negative'] as const) {
    const s = TONE_COLOURS[tone][theme];
    const v = TONE_VARS[tone];
    lines.push(`--${v}-bg: ${s.background};`, `--${v}-ink: ${s.ink};`, `--${v}-line: ${s.line};`);
  }
  return lines.map((l) => `  ${l}`).join('\n');
}

/**
 * The app's category and tone CSS: custom properties for the light and the dark theme, and the
 * `.m.<category>` rules framing marks use. Written into the page at build time (electron.vite.config.ts).
 */
export function categoryCss(): string {
  return [
    `:root {\n${themeVariables('light')}\n}`,
    `@media (prefers-color-scheme: dark) {\n:root {\n${themeVariables('dark')}\n}\n}`,
    ...CATEGORIES.map((c) => `.m.${c.id} {\n  --c-bg: var(--${c.id}-bg);\n  --c-line: var(--${c.id}-line);\n  --c-line-style: ${c.lineStyle};\n}`),
  ].join('\n');
}

/** The coverage matrix's key for a fact an article does not report and is not said to leave out. */
export const NOT_CALLED_LEFT_OUT = 'not called left out: too few others carry it, only headlines do, or they share little more than names';

/**
 * Why no article is said to leave out a fact that enough others carry, as a note beside the fact in the matrix;
 * undefined for a fact articles can leave out (a blank cell then means too few others carry it).
 */
export function uncountedNote(fact: Pick<Fact, 'uncounted'>): string | undefined {
  if (fact.uncounted === 'headline') return 'only headlines carry it';
  if (fact.uncounted === 'names') return 'shared: little more than names';
  return undefined;
}

/**
 * Who reports what a box says is left out: its carriers, then those that tell it in part or in other words
 * ("Left, Centre; in part Right"), named by `nameOf`.
 */
export function toldBy(o: Pick<Omission, 'presentIn' | 'partialIn'>, nameOf: (id: string) => string): string {
  const carriers = o.presentIn.map(nameOf).join(', ');
  return o.partialIn?.length ? `${carriers}; in part ${o.partialIn.map(nameOf).join(', ')}` : carriers;
}

/** How many others report what a box says is left out, short: "in 2 others", "in 1 other, 2 in part". */
export function inOthers(o: Pick<Omission, 'presentIn' | 'partialIn'>): string {
  const n = o.presentIn.length;
  const carriers = `in ${n} ${n === 1 ? 'other' : 'others'}`;
  return o.partialIn?.length ? `${carriers}, ${o.partialIn.length} in part` : carriers;
}

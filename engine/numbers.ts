import type { Span } from './text';

/** What a number in the text measures. */
export type QuantityKind = 'percent' | 'money' | 'duration' | 'count' | 'date' | 'ordinal';

/** The parts of a calendar date as written; `relative` for "last month", "Thursday" and the like. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  relative?: 'day' | 'week' | 'month' | 'year';
}

/** A number found in text, normalised so that different wordings of the same value compare equal. */
export interface Quantity extends Span {
  kind: QuantityKind;
  /** The words as written: `text.slice(start, end)`. */
  text: string;
  /** percent: the percentage; money: the amount; duration: seconds; count and ordinal: the number; date: 0. */
  value: number;
  /** '%' or 'pp' for percents, a currency code for money, 's' for durations, '' otherwise. */
  unit: string;
  date?: DateParts;
  /** Equal for equal values: "90-minute" and "an hour and a half" share `duration:5400`. */
  key: string;
  /** Set when the text bounds the value: "below 50%" is 'max', "more than 300" 'min', "about 90" 'about'. */
  bound?: 'max' | 'min' | 'about';
  /** The second figure of a range or a score: "5-11", "19-0", "5 to 11". */
  to?: number;
}

interface Tok extends Span {
  s: string;
  low: string;
}

// A hand-written scanner: number words, hyphenated units ("90-minute", "hour-and-a-half") and dates
// need one pass over small tokens, which no small browser-safe library covers together.
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?[a-z]*|[a-z]+|[$€£%\-‐‑–]/gi;
const DIGITS = /^(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$/i;

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12, t: 1e12 };
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100,
};
const TIME_UNIT: Record<string, number> = {
  second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2629800, year: 31557600,
  decade: 315576000, century: 3155760000, sec: 1, min: 60, hr: 3600,
};
const CURRENCY_PREFIX: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
};
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DATE_LEAD = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'through',
  'from', 'before', 'after', 'during', 'between', 'and', 'to', 'this', 'that',
]);
const RELATIVE_UNIT = new Set(['week', 'month', 'year']);
const HYPHEN = /^[-‐‑–]$/;

/** Number of a number word or digit string ("twelve", "1,000", "5.9"), or undefined. */
export function numberValue(word: string): number | undefined {
  const low = word.toLowerCase();
  if (low in SMALL) return SMALL[low];
  if (low in SCALE) return SCALE[low];
  const m = DIGITS.exec(word);
  if (m && m[2] === '') return Number(m[1]!.replace(/,/g, ''));
  return undefined;
}

function unitOf(low: string): number | undefined {
  if (low in TIME_UNIT) return TIME_UNIT[low];
  if (low.endsWith('s') && low.slice(0, -1) in TIME_UNIT) return TIME_UNIT[low.slice(0, -1)];
  if (low === 'centuries') return TIME_UNIT.century;
  if (low === 'mins') return 60;
  if (low === 'hrs') return 3600;
  return undefined;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ s: m[0], low: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when tokens a and b are separated by nothing but spaces (or touch). */
function near(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \t]*$/.test(gap);
}

interface Parsed {
  value: number;
  next: number;
  digits: boolean;
  /** Scale written as a suffix of the digits ("295bn") or an ordinal suffix ("12th"). */
  suffix?: string;
}

/** Parses a number starting at token i: digits, word numbers, scales, "and a half". */
function parseNumber(text: string, toks: Tok[], i: number): Parsed | undefined {
  const t = toks[i];
  if (!t) return undefined;
  let value: number;
  let j = i + 1;
  let digits = false;
  let suffix: string | undefined;
  const m = DIGITS.exec(t.s);
  if (m) {
    value = Number(m[1]!.replace(/,/g, ''));
    digits = true;
    const suf = m[2]!.toLowerCase();
    if (suf) {
      if (suf in SUFFIX_SCALE) {
        value *= SUFFIX_SCALE[suf]!;
        suffix = suf;
      } else if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') suffix = suf;
      else if (suf === 's' && /^\d{4}$/.test(m[1]!)) suffix = 's';
      else return undefined;
    }
  } else if (t.low in SMALL) {
    value = SMALL[t.low]!;
    // "twenty-five", "twenty five"
    if (value >= 20 && value % 10 === 0) {
      let k = j;
      if (toks[k] && HYPHEN.test(toks[k]!.s)) k++;
      const u = toks[k];
      if (u && u.low in SMALL && SMALL[u.low]! < 10 && near(text, toks[k - 1]!, u)) {
        value += SMALL[u.low]!;
        j = k + 1;
      }
    }
  } else if ((t.low === 'a' || t.low === 'an') && toks[j] && toks[j]!.low in SCALE) {
    value = 1;
  } else return undefined;

  if (!suffix) {
    // scales: "295 billion", "one hundred and five", "2.5 million"
    for (;;) {
      const u = toks[j];
      if (!u || !(u.low in SCALE) || !near(text, toks[j - 1]!, u)) break;
      value *= SCALE[u.low]!;
      j++;
      if (SCALE[u.low] === 100 && toks[j]?.low === 'and' && toks[j + 1] && toks[j + 1]!.low in SMALL) {
        const rest = parseNumber(text, toks, j + 1);
        if (rest && rest.value < 100) {
          value += rest.value;
          j = rest.next;
        }
      }
    }
    // "one and a half", "2 and a half"
    if (toks[j]?.low === 'and' && toks[j + 1]?.low === 'a' && toks[j + 2]?.low === 'half') {
      value += 0.5;
      j += 3;
    }
  }
  return { value, next: j, digits, suffix };
}

/** Skips one hyphen token at j when it joins two words ("90-minute"). */
function skipHyphen(text: string, toks: Tok[], j: number): number {
  const h = toks[j];
  if (h && HYPHEN.test(h.s) && toks[j - 1] && toks[j - 1]!.end === h.start && toks[j + 1]?.start === h.end) {
    return j + 1;
  }
  return j;
}

/** "and a half" / "-and-a-half" after a unit: returns the index past it, or j. */
function andAHalf(text: string, toks: Tok[], j: number): number {
  let k = skipHyphen(text, toks, j);
  if (toks[k]?.low !== 'and') return j;
  k = skipHyphen(text, toks, k + 1);
  if (toks[k]?.low !== 'a') return j;
  k = skipHyphen(text, toks, k + 1);
  if (toks[k]?.low !== 'half') return j;
  return k + 1;
}

function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function make(text: string, toks: Tok[], i: number, j: number, q: Omit<Quantity, 'start' | 'end' | 'text' | 'key'>): Quantity {
  const start = toks[i]!.start;
  const end = toks[j - 1]!.end;
  let key: string;
  if (q.kind === 'date') {
    const d = q.date!;
    key = `date:${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}${d.relative ? `~${d.relative}` : ''}`;
  } else if (q.kind === 'money') key = `money:${q.unit}:${fmt(q.value)}`;
  else if (q.kind === 'percent') key = `percent:${q.unit}:${fmt(q.value)}`;
  else key = `${q.kind}:${fmt(q.value)}`;
  return { ...q, start, end, text: text.slice(start, end), key };
}

function isCap(t: Tok | undefined): boolean {
  return !!t && t.s[0]! >= 'A' && t.s[0]! <= 'Z';
}

/** A date starting at token i ("May 12", "12 May 2025", "April 2017", "January", "Thursday", "last month"). */
function parseDate(text: string, toks: Tok[], i: number): Quantity | undefined {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (t.low in MONTHS && isCap(t)) {
    const month = MONTHS[t.low]!;
    let j = i + 1;
    const date: DateParts = { month };
    const dayTok = toks[j];
    const dm = dayTok ? DIGITS.exec(dayTok.s) : null;
    if (dm && /^\.? ?$/.test(text.slice(t.end, dayTok!.start)) && (dm[2] === '' || /^(?:st|nd|rd|th)$/.test(dm[2]!))) {
      const n = Number(dm[1]);
      if (n >= 1 && n <= 31 && !dm[1]!.includes(',') && !dm[1]!.includes('.')) {
        date.day = n;
        j++;
      } else if (n >= 1800 && n <= 2100 && dm[2] === '') {
        date.year = n;
        j++;
      }
    }
    if (date.day !== undefined) {
      const comma = text.slice(toks[j - 1]!.end, toks[j]?.start ?? 0);
      const y = toks[j];
      if (y && /^,? ?$/.test(comma) && /^\d{4}$/.test(y.s) && Number(y.s) >= 1800 && Number(y.s) <= 2100) {
        date.year = Number(y.s);
        j++;
      }
    }
    // "May", "March" are also ordinary words: without a day or year, require a date-like word before.
    const ambiguous = t.low === 'may' || t.low === 'march' || t.low.length <= 4;
    if (date.day === undefined && date.year === undefined && ambiguous) {
      if (!prev || !DATE_LEAD.has(prev.low)) return undefined;
    }
    return make(text, toks, i, j, { kind: 'date', value: 0, unit: '', date });
  }
  // "12 May", "12th of May"
  const dm = DIGITS.exec(t.s);
  if (dm && !dm[1]!.includes(',') && !dm[1]!.includes('.') && (dm[2] === '' || /^(?:st|nd|rd|th)$/.test(dm[2]!))) {
    const n = Number(dm[1]);
    let j = i + 1;
    if (toks[j]?.low === 'of') j++;
    const mt = toks[j];
    if (n >= 1 && n <= 31 && mt && mt.low in MONTHS && isCap(mt)) {
      const date: DateParts = { month: MONTHS[mt.low]!, day: n };
      j++;
      const y = toks[j];
      if (y && /^\d{4}$/.test(y.s)) {
        date.year = Number(y.s);
        j++;
      }
      return make(text, toks, i, j, { kind: 'date', value: 0, unit: '', date });
    }
  }
  if (WEEKDAYS.has(t.low) && isCap(t)) {
    return make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { relative: 'day' } });
  }
  if ((t.low === 'last' || t.low === 'this' || t.low === 'next' || t.low === 'past') && toks[i + 1] && RELATIVE_UNIT.has(toks[i + 1]!.low)) {
    return make(text, toks, i, i + 2, { kind: 'date', value: 0, unit: '', date: { relative: toks[i + 1]!.low as 'week' } });
  }
  if (t.low === 'yesterday' || t.low === 'today' || t.low === 'tomorrow') {
    return make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { relative: 'day' } });
  }
  return undefined;
}

/** A duration written with its unit first: "an hour and a half", "hour-and-a-half", "half an hour", "a day". */
function parseUnitFirst(text: string, toks: Tok[], i: number): Quantity | undefined {
  const t = toks[i]!;
  if (t.low === 'half' && (toks[i + 1]?.low === 'an' || toks[i + 1]?.low === 'a')) {
    const u = toks[i + 2] && unitOf(toks[i + 2]!.low);
    if (u) return make(text, toks, i, i + 3, { kind: 'duration', value: u / 2, unit: 's' });
  }
  let j = i;
  let article = false;
  if (t.low === 'a' || t.low === 'an') {
    article = true;
    j++;
  }
  const ut = toks[j];
  if (!ut) return undefined;
  const secs = TIME_UNIT[ut.low];
  if (!secs || ut.low === 'second') return undefined;
  const end = andAHalf(text, toks, j + 1);
  if (end !== j + 1) return make(text, toks, i, end, { kind: 'duration', value: secs * 1.5, unit: 's' });
  if (article && (ut.low === 'hour' || ut.low === 'day' || ut.low === 'week' || ut.low === 'month' || ut.low === 'year' || ut.low === 'decade')) {
    // "a year ago", "a day earlier" and "an hour-long call" are durations too; "a year" in "twice a year" is not
    const before = toks[i - 1]?.low;
    if (before === 'twice' || before === 'once' || before === 'per' || before === 'times') return undefined;
    return make(text, toks, i, j + 1, { kind: 'duration', value: secs, unit: 's' });
  }
  return undefined;
}

/** Words that can start a quantity; other tokens (and not digits) are skipped at once. */
const TRIGGERS = new Set([
  ...Object.keys(SMALL), ...Object.keys(SCALE), ...Object.keys(ORDINAL), ...Object.keys(MONTHS), ...WEEKDAYS,
  ...Object.keys(TIME_UNIT), ...Object.keys(CURRENCY_PREFIX), 'a', 'an', 'half', 'last', 'this', 'next', 'past',
  'yesterday', 'today', 'tomorrow', 'us',
]);

/** "four decades" is a round figure: it stands for 39 years as well. */
const ROUND_UNITS = /\b(?:decades?|centuries|century)\b/iu;
const WEAK_TRIGGERS = new Set(['a', 'an', 'this', 'last', 'next', 'past', 'us']);

/** Quick test on lower-cased words (or tokens' norms): false when `findQuantities` cannot find anything in them. */
export function mayHaveQuantity(words: readonly (string | { norm: string })[]): boolean {
  const at = (i: number) => {
    const x = words[i];
    return x === undefined || typeof x === 'string' ? x : x.norm;
  };
  for (let i = 0; i < words.length; i++) {
    const w = at(i)!;
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 36 || c === 8364 || c === 163) return true;
    if (!TRIGGERS.has(w)) {
      if (w.includes('-') && /\d|\bhalf\b/u.test(w)) return true;
      continue;
    }
    if (!WEAK_TRIGGERS.has(w)) return true;
    const next = at(i + 1);
    if (next && (unitOf(next) !== undefined || next in SCALE || next === 'half' || next.startsWith('hour-'))) return true;
  }
  return false;
}

/** All numbers, money amounts, percentages, durations, dates and ordinals in `text`, in order. */
export function findQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const c = t.s.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !TRIGGERS.has(t.low)) {
      i++;
      continue;
    }
    const q = quantityAt(text, toks, i);
    if (q) {
      const bound = boundBefore(toks, i) ?? (q.q.kind === 'duration' && ROUND_UNITS.test(q.q.text) ? 'about' : undefined);
      if (bound && q.q.kind !== 'date' && q.q.kind !== 'ordinal') q.q.bound = bound;
      out.push(q.q);
      i = q.next;
    } else i++;
  }
  return out;
}

const MAX_WORDS = new Set(['below', 'under', 'nearly', 'almost', 'within']);
const MIN_WORDS = new Set(['above', 'over', 'exceeding', 'topping', 'beyond']);
const ABOUT_WORDS = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'estimated', 'circa']);

/** "less than", "up to", "at least", "more than", "about" just before token i. */
function boundBefore(toks: Tok[], i: number): Quantity['bound'] {
  const a = toks[i - 1]?.low;
  const b = toks[i - 2]?.low;
  if (!a) return undefined;
  if ((a === 'than' && (b === 'less' || b === 'fewer')) || (a === 'to' && b === 'up') || (a === 'most' && b === 'at')) return 'max';
  if ((a === 'than' && b === 'more') || (a === 'least' && b === 'at')) return 'min';
  if (MAX_WORDS.has(a) && a !== 'nearly') return 'max';
  if (MIN_WORDS.has(a)) return 'min';
  if (ABOUT_WORDS.has(a)) return 'about';
  return undefined;
}

/** True when two figures can be the same fact, one of them written as a bound or a round figure. */
export function figuresAgree(a: Quantity, b: Quantity): boolean {
  if (a.key === b.key || boundsAllow(a, b) || boundsAllow(b, a)) return true;
  // "the 19-0 vote" gives "all 19 members"; "ages 5 to 11" gives "aged 5-11"
  if (a.kind === 'count' && b.kind === 'count' && (a.to !== undefined || b.to !== undefined)) {
    const ends = (q: Quantity) => (q.to === undefined ? [q.value] : [q.value, q.to]);
    return ends(a).some((v) => ends(b).includes(v) && v !== 0);
  }
  return false;
}

/** True when a bounded or approximate figure `loose` can stand for the exact figure `exact` of the same kind. */
export function boundsAllow(loose: Quantity, exact: Quantity): boolean {
  if (loose.kind !== exact.kind || loose.unit !== exact.unit || !loose.bound) return false;
  const v = exact.value;
  const l = loose.value;
  if (loose.bound === 'max') return v <= l && v >= l * 0.8;
  if (loose.bound === 'min') return v >= l && v <= l * 1.25;
  return Math.abs(v - l) <= Math.max(Math.abs(v), Math.abs(l)) * 0.1;
}

const TIME_OF_DAY = /^(?::\d\d|\s?(?:am|pm|GMT|ET|EST|EDT|PT|PST|PDT|UTC)\b)/u;
const LABEL_WORDS = new Set(['bill', 'act', 'amendment', 'proposition', 'prop', 'flight', 'phase', 'stage', 'level', 'grade', 'category', 'chapter', 'article', 'section', 'number', 'no', 'page', 'route', 'title', 'class', 'tier', 'type', 'version', 'district', 'game', 'week', 'round', 'part', 'step', 'item', 'volume']);

function quantityAt(text: string, toks: Tok[], i: number): { q: Quantity; next: number } | undefined {
  const t = toks[i]!;
  const date = parseDate(text, toks, i);
  if (date) return { q: date, next: indexAfter(toks, i, date.end) };

  if (t.low in ORDINAL && !(t.low === 'second' && toks[i - 1] && parseNumber(text, toks, i - 1))) {
    return { q: make(text, toks, i, i + 1, { kind: 'ordinal', value: ORDINAL[t.low]!, unit: '' }), next: i + 1 };
  }

  const unitFirst = parseUnitFirst(text, toks, i);
  if (unitFirst) return { q: unitFirst, next: indexAfter(toks, i, unitFirst.end) };

  // money with a currency sign in front: "$295 billion", "US$ 5", "€3m"
  let currency: string | undefined;
  let numAt = i;
  if (t.s in CURRENCY_PREFIX) {
    currency = CURRENCY_PREFIX[t.s];
    numAt = i + 1;
  } else if (t.s === 'US' && toks[i + 1]?.s === '$') {
    currency = 'USD';
    numAt = i + 2;
  }
  const n = parseNumber(text, toks, numAt);
  if (!n) return undefined;
  // "24/7", "9/11", "1/2": a ratio or a date written with a slash, not a count
  if (n.digits && (text[toks[n.next - 1]!.end] === '/' || text[toks[numAt]!.start - 1] === '/')) return undefined;
  // "16:00 GMT", "3 p.m.": a time of day
  if (n.digits && (TIME_OF_DAY.test(text.slice(toks[n.next - 1]!.end, toks[n.next - 1]!.end + 6)) || (toks[n.next]?.low === 'p' || toks[n.next]?.low === 'a') && text[toks[n.next]!.end] === '.')) {
    return undefined;
  }
  // "COVID-19", "F-35", "G20": a number that is part of a name
  const before = toks[numAt - 1];
  if (!currency && before && HYPHEN.test(before.s) && before.end === toks[numAt]!.start && toks[numAt - 2]?.end === before.start && /^[a-z]/i.test(toks[numAt - 2]!.s) && !(toks[numAt - 2]!.low in SMALL)) {
    return undefined;
  }
  if (!currency && n.digits && toks[numAt - 1] && toks[numAt - 1]!.end === toks[numAt]!.start && /^[a-z]/i.test(toks[numAt - 1]!.s)) return undefined;
  if (currency) {
    return { q: make(text, toks, i, n.next, { kind: 'money', value: n.value, unit: currency }), next: n.next };
  }
  if (n.suffix === 'st' || n.suffix === 'nd' || n.suffix === 'rd' || n.suffix === 'th') {
    return { q: make(text, toks, i, n.next, { kind: 'ordinal', value: n.value, unit: '' }), next: n.next };
  }
  const j = n.next;
  const u = toks[j];
  // percentages
  if (u && (u.s === '%' || u.low === 'percent' || u.low === 'pct')) {
    return { q: make(text, toks, i, j + 1, { kind: 'percent', value: n.value, unit: '%' }), next: j + 1 };
  }
  if (u && u.low === 'per' && toks[j + 1]?.low === 'cent') {
    return { q: make(text, toks, i, j + 2, { kind: 'percent', value: n.value, unit: '%' }), next: j + 2 };
  }
  if (u && u.low === 'percentage' && /^points?$/.test(toks[j + 1]?.low ?? '')) {
    return { q: make(text, toks, i, j + 2, { kind: 'percent', value: n.value, unit: 'pp' }), next: j + 2 };
  }
  // money with the currency after: "295 billion dollars"
  if (u && u.low in CURRENCY_WORD) {
    return { q: make(text, toks, i, j + 1, { kind: 'money', value: n.value, unit: CURRENCY_WORD[u.low]! }), next: j + 1 };
  }
  // durations: "90 minutes", "90-minute", "one and a half hours", "85-year-old"
  const k = skipHyphen(text, toks, j);
  const ut = toks[k];
  const secs = ut ? unitOf(ut.low) : undefined;
  if (ut && secs !== undefined && (k === j ? near(text, toks[j - 1]!, ut) : true)) {
    let end = k + 1;
    let value = n.value;
    const half = andAHalf(text, toks, end);
    if (half !== end) {
      value += 0.5;
      end = half;
    }
    // "69-year-old": an age, written with its "-old"
    const old = skipHyphen(text, toks, end);
    if (old !== end && toks[old]?.low === 'old') end = old + 1;
    return { q: make(text, toks, i, end, { kind: 'duration', value: value * secs, unit: 's' }), next: end };
  }
  // years: "2017", "in 2024", "the 1990s"
  if (n.digits && /^\d{4}$/.test(t.s) && n.value >= 1800 && n.value <= 2100 && n.next === i + 1) {
    return { q: make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { year: n.value } }), next: i + 1 };
  }
  if (n.suffix === 's') return undefined;
  // "50-48", "5-11", "2–1", "5 to 11": a score or a range, one figure
  const dash = toks[n.next];
  const second = toks[n.next + 1];
  const joined = dash && second && HYPHEN.test(dash.s) && dash.start === toks[n.next - 1]!.end && second.start === dash.end;
  const spelled = dash?.low === 'to' && second && n.digits && Number(second.s) > n.value && near(text, toks[n.next - 1]!, dash) && near(text, dash, second);
  if (n.digits && second && (joined || spelled) && /^\d+$/.test(second.s) && !toks[n.next + 2]?.s.match(/^(?:%|percent|pct)$/iu)) {
    const q = make(text, toks, i, n.next + 2, { kind: 'count', value: n.value, unit: '', to: Number(second.s) });
    q.key = `count:${fmt(n.value)}-${second.s}`;
    return { q, next: n.next + 2 };
  }
  // "phase three", "Section 230", "S.B. 8": a label, not a count
  if (toks[i - 1] && (LABEL_WORDS.has(toks[i - 1]!.low) || (/^[A-Z]$/u.test(toks[i - 1]!.s) && text[toks[i - 1]!.end] === '.'))) return undefined;
  // "four-star general", "two-time winner": a compound modifier, not a count
  if (!n.digits && toks[n.next] && HYPHEN.test(toks[n.next]!.s) && toks[n.next]!.start === toks[n.next - 1]!.end) return undefined;
  // "a 36-member panel", "a 113-page opinion": the count with the word it is joined to
  const joinedWord = skipHyphen(text, toks, n.next);
  if (n.digits && joinedWord !== n.next && /^[a-z]+$/u.test(toks[joinedWord]!.s)) {
    return { q: make(text, toks, i, joinedWord + 1, { kind: 'count', value: n.value, unit: '' }), next: joinedWord + 1 };
  }
  return { q: make(text, toks, i, n.next, { kind: 'count', value: n.value, unit: '' }), next: n.next };
}

function indexAfter(toks: Tok[], i: number, end: number): number {
  let j = i;
  while (j < toks.length && toks[j]!.start < end) j++;
  return j;
}

/** True when two dates can name the same day: equal where both give a part; relative dates match any. */
export function datesCompatible(a: DateParts, b: DateParts): boolean {
  if (a.relative || b.relative) return true;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  if (a.month === undefined && b.month === undefined) return a.year === b.year;
  return a.month !== undefined && b.month !== undefined ? true : a.year !== undefined && b.year !== undefined;
}

function grouped(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A short reader-facing form of a quantity: "145%", "$295 billion", "90 minutes", "May 12". */
export function formatQuantity(q: Quantity): string {
  switch (q.kind) {
    case 'percent':
      return q.unit === 'pp' ? `${fmt(q.value)} percentage points` : `${fmt(q.value)}%`;
    case 'money': {
      const sign = q.unit === 'USD' ? '$' : q.unit === 'EUR' ? '€' : q.unit === 'GBP' ? '£' : '';
      const scales: [number, string][] = [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']];
      for (const [s, w] of scales) {
        if (q.value >= s) return `${sign}${fmt(q.value / s)}${w}${sign ? '' : ` ${q.unit}`}`;
      }
      return `${sign}${grouped(q.value)}${sign ? '' : ` ${q.unit}`}`;
    }
    case 'duration': {
      const units: [number, string][] = [[31557600, 'year'], [604800, 'week'], [86400, 'day'], [60, 'minute']];
      for (const [s, w] of units) {
        const v = q.value / s;
        if (v >= 1 && Number.isInteger(Math.round(v * 100) / 100) && Math.abs(v - Math.round(v)) < 0.01) {
          return `${Math.round(v)} ${w}${Math.round(v) === 1 ? '' : 's'}`;
        }
      }
      return `${fmt(q.value)} seconds`;
    }
    case 'date':
      return q.text;
    default:
      return q.key.includes('-') && q.kind === 'count' ? q.text : grouped(q.value);
  }
}

/** Number words, units, currencies, months and the words around figures that the number scanner reads. */

export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
export const SCALE: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
export const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12, t: 1e12 };
export const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100,
};
export const TIME_UNIT: Record<string, number> = {
  second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2629800, year: 31557600,
  decade: 315576000, century: 3155760000, sec: 1, min: 60, hr: 3600,
};
export const CURRENCY_PREFIX: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
export const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
};
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const DATE_LEAD = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'through',
  'from', 'before', 'after', 'during', 'between', 'and', 'to', 'this', 'that',
]);
export const RELATIVE_UNIT = new Set(['week', 'month', 'year']);

/** Words that can start a quantity; other tokens (and not digits) are skipped at once. */
export const TRIGGERS = new Set([
  ...Object.keys(SMALL), ...Object.keys(SCALE), ...Object.keys(ORDINAL), ...Object.keys(MONTHS), ...WEEKDAYS,
  ...Object.keys(TIME_UNIT), ...Object.keys(CURRENCY_PREFIX), 'a', 'an', 'half', 'last', 'this', 'next', 'past',
  'yesterday', 'today', 'tomorrow', 'us',
]);
export const WEAK_TRIGGERS = new Set(['a', 'an', 'this', 'last', 'next', 'past', 'us']);

/** Words before a figure that bound it: "below 50%" (max), "more than 300" (min), "about 90" (about). */
export const MAX_WORDS = new Set(['below', 'under', 'nearly', 'almost', 'within']);
export const MIN_WORDS = new Set(['above', 'over', 'exceeding', 'topping', 'beyond']);
export const ABOUT_WORDS = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'estimated', 'circa']);

/** Words before a number that make it a label ("Title 42", "Phase 2"), not a quantity. */
export const LABEL_WORDS = new Set(['bill', 'act', 'amendment', 'proposition', 'prop', 'flight', 'phase', 'stage', 'level', 'grade', 'category', 'chapter', 'article', 'section', 'number', 'no', 'page', 'route', 'title', 'class', 'tier', 'type', 'version', 'district', 'game', 'week', 'round', 'part', 'step', 'item', 'volume']);

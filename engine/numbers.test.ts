import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datesCompatible, figuresAgree, findQuantities, formatQuantity, mayHaveQuantity, numberValue } from './numbers';

function keys(text: string): string[] {
  return findQuantities(text).map((q) => q.key);
}

describe('numbers', () => {
  it('gives one key to every wording of the call length', () => {
    const wordings = [
      'held a 90-minute phone call',
      'The call lasted approximately one and a half hours, and',
      'The conversation, which lasted an hour and a half, focused on trade',
      'After the hour-and-a-half call, Trump took to social media',
      'a 90 minute call',
      'the call ran 1.5 hours',
    ];
    for (const w of wordings) expect(keys(w), w).toEqual(['duration:5400']);
  });

  it('reads percentages written with a sign or a word', () => {
    expect(keys('tariffs reaching 145 percent')).toEqual(['percent:%:145']);
    expect(keys('from 145% to 30%')).toEqual(['percent:%:145', 'percent:%:30']);
    expect(keys('up 5.9 per cent')).toEqual(['percent:%:5.9']);
    expect(keys('fell two percentage points')).toEqual(['percent:pp:2']);
  });

  it('reads money with scales and currencies', () => {
    const [q] = findQuantities('a staggering $295 billion trade deficit');
    expect(q).toMatchObject({ kind: 'money', value: 295e9, unit: 'USD', text: '$295 billion' });
    expect(formatQuantity(q!)).toBe('$295 billion');
    expect(keys('$295bn')).toEqual(['money:USD:295000000000']);
    expect(keys('295 billion dollars')).toEqual(['money:USD:295000000000']);
    expect(keys('a €3.5 million fine')).toEqual(['money:EUR:3500000']);
  });

  it('reads dates and tells the month "May" from the verb "may"', () => {
    const [may12] = findQuantities('after a May 12 agreement');
    expect(may12).toMatchObject({ kind: 'date', date: { month: 5, day: 12 }, text: 'May 12' });
    expect(findQuantities('an agreement on May 12, 2025').map((q) => q.date)).toEqual([{ month: 5, day: 12, year: 2025 }]);
    expect(findQuantities('since January, when').map((q) => q.date)).toEqual([{ month: 1 }]);
    expect(findQuantities('a truce reached in May in Geneva').map((q) => q.date)).toEqual([{ month: 5 }]);
    expect(findQuantities('Xi visited Mar-a-Lago in April 2017').map((q) => q.date)).toEqual([{ month: 4, year: 2017 }]);
    expect(findQuantities('The deal May not survive. Officials may meet.')).toEqual([]);
    expect(findQuantities('on Jan. 6 rioters').map((q) => q.date)).toEqual([{ month: 1, day: 6 }]);
    expect(findQuantities('on 12 May').map((q) => q.date)).toEqual([{ month: 5, day: 12 }]);
    expect(findQuantities('spoke Thursday').map((q) => q.date)).toEqual([{ relative: 'day' }]);
    expect(findQuantities('reached in Geneva last month').map((q) => q.date)).toEqual([{ relative: 'month' }]);
    expect(findQuantities('was $295 billion for 2024').map((q) => q.kind)).toEqual(['money', 'date']);
  });

  it('reads word numbers, counts and ordinals', () => {
    expect(numberValue('twelve')).toBe(12);
    expect(numberValue('1,000')).toBe(1000);
    expect(keys('twenty-five people')).toEqual(['count:25']);
    expect(keys('one hundred and five votes')).toEqual(['count:105']);
    expect(keys('added 194,000 jobs')).toEqual(['count:194000']);
    expect(keys('two million doses')).toEqual(['count:2000000']);
    expect(keys('their first call')).toEqual(['ordinal:1']);
    expect(keys('the 2nd time')).toEqual(['ordinal:2']);
    expect(keys('for 90 days')).toEqual(['duration:7776000']);
    expect(keys('a 90-day period')).toEqual(['duration:7776000']);
  });

  it('does not read names with digits as numbers', () => {
    expect(keys('the COVID-19 vaccine')).toEqual([]);
    expect(keys('G20 leaders')).toEqual([]);
  });

  it('keeps exact offsets', () => {
    const text = 'Trump cut tariffs from 145% to 30% after an hour and a half on May 12.';
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const q of findQuantities(s)) {
          expect(s.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isFinite(q.value)).toBe(true);
        }
      }),
    );
  });

  it('compares dates by the parts both give', () => {
    expect(datesCompatible({ month: 5, day: 12 }, { month: 5 })).toBe(true);
    expect(datesCompatible({ month: 5, day: 12 }, { month: 5, day: 14 })).toBe(false);
    expect(datesCompatible({ month: 1 }, { relative: 'month' })).toBe(true);
    expect(datesCompatible({ month: 1 }, { month: 2 })).toBe(false);
  });
});

describe('numbers in context', () => {
  it('reads scores and ranges as one figure', () => {
    expect(keys('the Senate voted 50-48')).toEqual(['count:50-48']);
    expect(keys('children aged 5-11')).toEqual(['count:5-11']);
  });

  it('marks bounds and round figures', () => {
    const [below] = findQuantities('falls below 50 percent');
    expect(below!.bound).toBe('max');
    expect(findQuantities('more than 18 months')[0]!.bound).toBe('min');
    const [decades] = findQuantities('the largest increase in four decades');
    const [years] = findQuantities('the biggest adjustment in 39 years');
    expect(figuresAgree(decades!, years!)).toBe(true);
    expect(figuresAgree(below!, findQuantities('just 47% effective')[0]!)).toBe(true);
    expect(figuresAgree(below!, findQuantities('just 30% effective')[0]!)).toBe(false);
  });

  it('does not read labels and compound modifiers as counts', () => {
    expect(keys('a phase three trial')).toEqual([]);
    expect(keys('a four-star general')).toEqual([]);
    expect(keys('three dozen countries')).toEqual(['count:36']);
  });

  it('skips sentences without figures quickly and never misses one', () => {
    expect(mayHaveQuantity(['the', 'talks', 'went', 'well'])).toBe(false);
    for (const text of ['an hour and a half', 'last month', 'in May', 'twenty people', '$5', 'the hour-and-a-half call']) {
      const words = text.toLowerCase().split(/\s+/u);
      expect(mayHaveQuantity(words), text).toBe(true);
    }
  });
});

describe('numbers written around other signs', () => {
  it('reads ages, ratios and ranges written in words', () => {
    expect(findQuantities('The 69-year-old suffered injuries')[0]!.text).toBe('69-year-old');
    expect(keys('ports will work 24/7 to clear queues')).toEqual([]);
    expect(keys('children ages 5 to 11')).toEqual(['count:5-11']);
    expect(keys('cut from 145% to 30%')).toEqual(['percent:%:145', 'percent:%:30']);
  });
});

describe('counts joined to a word', () => {
  it('keeps "36-member" together', () => {
    const [q] = findQuantities('the 36-member panel met');
    expect(q).toMatchObject({ kind: 'count', value: 36, text: '36-member' });
  });
});

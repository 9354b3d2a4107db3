import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { analyze } from './index';

const article = (text: string, id = 'a') => buildArticle({ id, text });
const actor = (text: string, id: string) => article(text).actors.find((x) => x.id === id);
const ids = (text: string) => article(text).actors.map((x) => x.id);

describe('names stay whole and apart', () => {
  it('keeps hyphenated and particle names whole', () => {
    const text =
      'Kim Jong-un met Mohammed bin Salman in Riyadh on Tuesday. President Charles de Gaulle was quoted by both. Kim said the talks went well, and Salman agreed.';
    expect(actor(text, 'kim-jong-un')?.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim']));
    expect(actor(text, 'mohammed-bin-salman')?.mentions.map((m) => m.text)).toEqual(['Mohammed bin Salman', 'Salman']);
    expect(ids(text)).toContain('charles-de-gaulle');
    expect(ids(text)).not.toContain('kim-jong');
  });

  it('keeps an organisation whole across "&" and across "and" before a word that heads such names', () => {
    const names = (text: string) => article(text).actors.map((x) => x.name);
    expect(names('A paper by the Harbor Institute for Maritime & Coastal Studies warned of floods.')).toEqual(['Harbor Institute for Maritime & Coastal Studies']);
    expect(names('The Center for Urban and Regional Affairs published the survey.')).toEqual(['Center for Urban and Regional Affairs']);
    // two people stay two; so do a country and an organisation, and a person and an organisation
    expect(ids('Lena Ortiz and Paul Brandt met the mayor.')).toEqual(expect.arrayContaining(['lena-ortiz', 'paul-brandt']));
    expect(ids('Peru and the Andean Development Bank signed the loan.')).toEqual(['peru', 'andean-development-bank']);
    expect(ids('Mr. Ortiz and Harbor Council members met.')).toEqual(['ortiz', 'harbor-council']);
    // "&" and "and" name one organisation in every article
    const c = analyze([
      { id: 'x', text: 'The Harbor Institute for Maritime & Coastal Studies warned of floods on Monday.' },
      { id: 'y', text: 'The Harbor Institute for Maritime and Coastal Studies warned of floods on Monday.' },
    ]);
    expect(c.articles.map((a) => a.actors.map((x) => x.id))).toEqual([['harbor-institute-for-maritime-and-coastal-studies'], ['harbor-institute-for-maritime-and-coastal-studies']]);
  });

  it('reads a known organisation whose name opens with a country\'s as that organisation, in capitals too', () => {
    expect(ids('In an interview with USA TODAY, Lena Ortiz warned the council.')).toEqual(['usa-today', 'lena-ortiz']);
    expect(ids('Lena Ortiz told USA Today the council had met.')).toEqual(['lena-ortiz', 'usa-today']);
    // a country alone stays a country, and a run of capitals around it is still shouting
    expect(ids('USA officials met Lena Ortiz.')).toEqual(['united-states', 'lena-ortiz']);
    expect(ids('BREAKING NEWS FROM THE USA: Lena Ortiz resigned.')).not.toContain('news');
    // a known organisation's name with a word after it is a part or an edition of it; with a title, a person
    expect(actor('Google Cloud reported strong sales on Friday.', 'google-cloud')?.kind).toBe('organisation');
    expect(actor('Google Chairman Lena Ortiz reported strong sales.', 'lena-ortiz')?.kind).toBe('person');
    // a one-word organisation the gazetteer knows is no person when it speaks
    expect(actor('On Friday Wikileaks said the lawsuit was a stunt.', 'wikileaks')?.kind).toBe('organisation');
  });

  it('reads "Washington" alone as the country\'s government, not as a person who shares the name', () => {
    const text = 'The envoy dined at President George Washington\'s estate on Monday. Paris and Washington differ on trade.';
    expect(ids(text)).toEqual(['george-washington', 'united-states']);
    expect(actor(text, 'george-washington')?.mentions.map((m) => m.text)).toEqual(['George Washington']);
    expect(ids('The Washington Post reported that Washington state sued.')).toEqual(['washington-post']);
  });

  it('leaves a participle that opens the sentence out of a name, unless a verb follows the name', () => {
    expect(ids('Calling Lena Ortiz a liar, the mayor left. Ortiz said nothing.')).toEqual(['lena-ortiz']);
    expect(ids('Manning Lee said the port was full.')).toEqual(['manning-lee']);
  });

  it('leaves a verb that opens the sentence out of the label ("Welcoming Harbour Minister …")', () => {
    expect(actor('Receiving Harbour Minister Lena Ortiz for a visit, the mayor smiled.', 'lena-ortiz')?.labels).toEqual(['Harbour Minister']);
    expect(actor('Acting Secretary Lena Ortiz signed the order.', 'lena-ortiz')?.labels).toEqual(['Acting Secretary']);
  });

  it('reads the surname of a name that ends in a generation ("III") as the word before it', () => {
    expect(ids('Harold T. Brandt III, the county judge, adjourned the case. Brandt said it would resume in May.')).toEqual(['harold-t-brandt-iii']);
    const c = analyze([
      { id: 'x', text: 'Harold T. Brandt III, the county judge, adjourned the case on Monday. Brandt gave no reason.' },
      { id: 'y', text: 'Judge Harold Brandt adjourned the case on Monday without giving a reason.' },
    ]);
    expect(new Set(c.articles.flatMap((a) => a.actors.filter((x) => x.kind === 'person').map((x) => x.id))).size).toBe(1);
  });

  it('is one kind in every article where the others say what a name stands for', () => {
    const texts = [
      'Harbor Minister Quell opened the terminal on Friday. Quell thanked the crews.',
      'Harbor Minister Quell cut the ribbon at the terminal on Friday morning.',
      'The terminal opened with Quell at the ribbon. Quell left early.',
    ];
    expect(article(texts[2]!).actors.map((x) => x.kind)).toEqual(['other']);
    const c = analyze(texts.map((text, i) => ({ id: `a${i}`, text })));
    expect(c.articles.map((a) => a.actors.find((x) => x.id === 'quell')?.kind)).toEqual(['person', 'person', 'person']);
    // where most articles find nothing to tell, one article's reading is not imposed on them
    const d = analyze([texts[0]!, 'Crowds met Quell at the gate. Quell left at noon.', 'The ferry waited for Quell at the pier. Quell arrived late.'].map((text, i) => ({ id: `b${i}`, text })));
    expect(d.articles.map((a) => a.actors.find((x) => x.id === 'quell')?.kind)).toEqual(['person', 'other', 'other']);
  });

  it('reads a name that "which" refers to as no person: after a role, a firm or a body', () => {
    const kinds = (text: string) => article(text).actors.map((x) => `${x.id}:${x.kind}`);
    expect(kinds('The steel producer Tarrowmill, which supplies the shipyards, was pleased.')).toEqual(['tarrowmill:organisation']);
    expect(kinds('The steel producer Tarrowmill, who runs the shipyards, was pleased.')).toEqual(['tarrowmill:person']);
  });

  it('reads May as a name after a first name or a title, and as a month after "in"', () => {
    const text =
      'Prime Minister Theresa May spoke to reporters in London on Friday. May said she would return in May to sign the deal. Mrs. May left at noon.';
    const may = actor(text, 'theresa-may');
    expect(may?.mentions.map((m) => m.text)).toEqual(['Theresa May', 'May', 'May']);
    expect(may?.labels).toContain('Prime Minister');
  });

  it('reads "PM" as a title', () => {
    const text = 'PM Theresa May met the visitors in London. Critics said May would struggle.';
    expect(actor(text, 'theresa-may')?.labels).toEqual(['PM']);
  });

  it('reads May as a name after "and" or "to" in an article that uses it as a name', () => {
    const text = 'Prime Minister Theresa May met the visitors in London. Trump and May spoke again in Davos. He turned to May and smiled.';
    expect(actor(text, 'theresa-may')?.mentions.map((m) => m.text)).toEqual(['Theresa May', 'May', 'May']);
  });

  it('takes from a title-case headline only the words the body writes as names', () => {
    const text = 'Trump Dislikes The Harbour Plan And May Scrap It\n\nPresident Donald Trump spoke on Monday. Officials said Trump would decide soon.';
    const a = article(text);
    expect(a.actors.map((x) => x.id)).not.toContain('trump-dislikes');
    const trump = a.actors.find((x) => x.id === 'donald-trump')!;
    expect(trump.mentions[0]).toMatchObject({ start: 0, text: 'Trump' });
  });

  it('splits a compound of two names the article also writes alone', () => {
    const text = 'The Trump-Abe summit opened in Florida. Donald Trump greeted Shinzo Abe at the door. Trump and Abe then talked for an hour.';
    const found = ids(text);
    expect(found).not.toContain('trump-abe');
    expect(actor(text, 'donald-trump')?.mentions.length).toBe(3);
    expect(actor(text, 'shinzo-abe')?.mentions.length).toBe(3);
  });

  it('does not make a building named after a person that person', () => {
    const text = 'Donald Trump flew to New York on Monday. Trump held meetings at Trump Tower all day, and Trump Tower was closed to visitors.';
    const trump = actor(text, 'donald-trump')!;
    expect(trump.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
    expect(article(text).actors.find((x) => x.name === 'Trump Tower')?.kind).toBe('other');
  });
});

describe('one-word names join a full name only when nothing disagrees', () => {
  const text =
    'On Monday the visiting president was met at the door by President Trump and his wife, Melania Trump, the first lady. ' +
    'Mr. Trump praised the visit. First lady Melania Trump showed the guests the garden. Trump later told reporters the talks went well.';

  it('keeps Mr. Trump apart from Melania Trump', () => {
    const melania = actor(text, 'melania-trump')!;
    expect(melania.mentions.map((m) => m.text)).toEqual(['Melania Trump', 'Melania Trump']);
    expect(actor(text, 'trump')?.mentions.map((m) => m.text)).toEqual(['Trump', 'Trump', 'Trump']);
  });

  it('still joins a titled surname to the one full name that fits ("President Xi" and "Xi Jinping")', () => {
    const xi = actor('President Xi spoke first. Chinese leader Xi Jinping then met the press. Xi left at noon.', 'xi-jinping');
    expect(xi?.mentions.length).toBe(3);
  });

  it('never links a one-word name to a person its article does not name and its labels contradict', () => {
    const c = analyze([
      { id: 'a', text },
      { id: 'b', text: 'President Donald Trump met his guest on Monday. Trump said the deal was bad.' },
      { id: 'c', text: 'Trump said the deal was terrible. President Trump repeated it on Tuesday.' },
    ]);
    const [a, , cc] = c.articles;
    expect(a!.actors.find((x) => x.mentions.some((m) => m.text === 'Trump' && m.start === text.indexOf('Trump')))?.id).toBe('donald-trump');
    expect(cc!.actors.find((x) => x.aliases?.includes('Trump'))?.id).toBe('donald-trump');
    expect(c.articles.flatMap((x) => x.actors).filter((x) => x.id === 'melania-trump')).toHaveLength(1);
  });

  it('does not give a full name from another article to a surname kept apart from it, without its first name', () => {
    const c = analyze([
      { id: 'a', text: 'Trump and Melania Trump arrived together. Melania Trump smiled. Trump spoke.' },
      { id: 'b', text: 'On Monday, Trump said the deal was terrible. Later, Trump repeated it.' },
    ]);
    expect(c.articles[1]!.actors.find((x) => x.aliases?.includes('Trump'))?.id).toBe('trump');
  });
});

describe('nominal mentions', () => {
  it('joins "the Chinese leader" to the one actor with that role, keeping its words as the label', () => {
    const text = 'Chinese leader Xi Jinping met the French president in Paris. The Chinese leader said trade would grow.';
    const xi = analyze([{ id: 'a', text }]).articles[0]!.actors.find((x) => x.id === 'xi-jinping')!;
    const nominal = xi.mentions.find((m) => m.text === 'The Chinese leader');
    expect(nominal?.label).toBe('Chinese leader');
  });

  it('reads a role from another outlet, and leaves "the president" alone when two presidents were just named', () => {
    const c = analyze([
      { id: 'a', text: 'North Korean leader Kim Jong-un crossed the border on Friday. Kim smiled.' },
      {
        id: 'b',
        text:
          'Kim Jong-un crossed the border on Friday, and Kim said he was happy. The North Korean leader smiled. ' +
          'President Moon Jae-in and President Donald Trump spoke by phone later. The president said it went well.',
      },
    ]);
    const b = c.articles[1]!;
    expect(b.actors.find((x) => x.id === 'kim-jong-un')?.mentions.map((m) => m.text)).toContain('The North Korean leader');
    expect(b.actors.some((x) => x.mentions.some((m) => m.text === 'The president'))).toBe(false);
  });

  it('resolves "the president" when the article has one president', () => {
    const text = 'President Emmanuel Macron arrived in Washington. Reporters waited for hours. The president spoke at noon.';
    const c = analyze([{ id: 'a', text }]);
    const macron = c.articles[0]!.actors.find((x) => x.id === 'emmanuel-macron')!;
    expect(macron.mentions.find((m) => m.text === 'The president')?.label).toBe('president');
  });

  it('reads "the president\'s lawyers" and a capitalised title with a country and no name', () => {
    const text =
      'Japanese Prime Minister Shinzo Abe met President Donald Trump at his resort in Florida. ' +
      'The talks lasted for hours. The president\'s lawyers stayed away. Abe left. Japanese Prime Minister said little afterwards.';
    const [a] = analyze([{ id: 'a', text }]).articles;
    const trump = a!.actors.find((x) => x.id === 'donald-trump')!;
    expect(trump.mentions.find((m) => m.label === 'president')?.text).toBe('The president');
    const abe = a!.actors.find((x) => x.id === 'shinzo-abe')!;
    expect(abe.mentions.find((m) => m.text === 'Japanese Prime Minister')?.label).toBe('Japanese Prime Minister');
  });

  it('gives "the president" to the sitting one, not to a former president, and to the one the article is about', () => {
    const text =
      'President Donald Trump spoke on Monday. Trump said the deal was bad. Trump repeated it. ' +
      'Former President Barack Obama signed the deal in 2015. Trump attacked it again. Critics answered. Officials were quiet. ' +
      'Aides said nothing. The president left for Florida.';
    const [a] = analyze([{ id: 'a', text }]).articles;
    const owner = a!.actors.find((x) => x.mentions.some((m) => m.text === 'The president'));
    expect(owner?.id).toBe('donald-trump');
  });
});

describe('regions, faiths and points of the compass', () => {
  it('reads "European allies" as no actor, and "the North" as the one country the article names from it', () => {
    expect(ids('The mayor met European officials and Arab envoys at the port on Friday.')).toEqual([]);
    // an organisation that opens with the adjective stays one
    expect(ids('Ships waited while the European Union weighed the levy.')).toEqual(['european-union']);
    const korea = actor('North Korea closed the border on Friday. Talks with the North stalled, and the North said nothing.', 'north-korea');
    expect(korea?.mentions.map((m) => m.text)).toEqual(['North Korea', 'North', 'North']);
    // every member state of the United Nations is a country, with its people's adjective
    const kinds = (text: string) => article(text).actors.map((x) => `${x.id}:${x.kind}`);
    expect(kinds('Romania and Senegal signed the pact, and Kazakh officials watched.')).toEqual(expect.arrayContaining(['romania:country', 'senegal:country', 'kazakhstan:country']));
    // but not a name that is also a common given name ("Jordan") or a US state's ("Georgia")
    expect(kinds('Rep. Jim Jordan spoke in Atlanta, Georgia, on Friday.')).not.toContain('jordan:country');
    // with two countries opening with "South", "the South" is left alone
    expect(ids('South Korea and South Africa signed the pact. The South gained most.')).not.toContain('south');
  });
});

describe('a title another outlet gives a name', () => {
  it('joins "the Queen" to the one queen of the set where the article names nobody with that title', () => {
    const c = analyze([
      { id: 'a', text: 'Queen Margaret II opened the new harbour on Friday. Crowds lined the quay.' },
      { id: 'b', text: 'The Queen opened the new harbour on Friday. Crowds lined the quay.' },
    ]);
    const b = c.articles[1]!;
    const queen = b.actors.find((x) => x.id === 'margaret-ii');
    expect(queen?.mentions.map((m) => m.text)).toEqual(['The Queen']);
    expect(queen?.kind).toBe('person');
    // the person fact is carried by the title alone, so no outlet is said to leave her out
    const fact = c.facts.find((f) => f.kind === 'person-role' && /Margaret/u.test(f.text));
    expect(fact?.presentIn.slice().sort()).toEqual(['a', 'b']);
  });

  it('leaves a title alone where the set has two holders, a past holder, no office to pin it, or an indefinite article', () => {
    const names = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `x${i}`, text }))).articles.at(-1)!.actors.map((x) => x.id);
    // two presidents across the set
    expect(names(['President Dana Brandt met President Lena Ortiz at the port.', 'The president opened the port on Friday.'])).toEqual([]);
    // a former holder is also a holder
    expect(names(['Former King Otto IV met King Paul III at the port.', 'The king opened the port on Friday.'])).toEqual([]);
    // "the spokesman" names no office a story has once
    expect(names(['Harbour Board spokesman Tomas Weller said the port would reopen.', 'The spokesman said the port would reopen.'])).toEqual([]);
    // "a Danish ambassador" is nobody in particular
    expect(names(['Danish Ambassador Lena Ortiz met port officials on Friday.', 'Port officials met a Danish ambassador on Friday.'])).not.toContain('lena-ortiz');
    // with the office pinned down by a country, the one holder is found
    expect(names(['Danish Ambassador Lena Ortiz met port officials on Friday.', 'The Danish ambassador met port officials on Friday.'])).toContain('lena-ortiz');
  });
});

describe('people named once, with what stands around the name', () => {
  const person = (text: string, id: string) => actor(text, id)?.kind;

  it('reads a lower-case role set off by commas before the name', () => {
    const text = "The port's new harbour adviser, Tomas Brandt, has long argued for wider docks. Critics disagree.";
    expect(person(text, 'tomas-brandt')).toBe('person');
  });

  it('reads an appositive with a title after the name', () => {
    const text = 'Lena Ostrova, the Latvian foreign minister, met the delegation at the airport. The talks went on late.';
    expect(person(text, 'lena-ostrova')).toBe('person');
  });

  it('reads an appositive of any noun when a speech verb follows it, even at a sentence start', () => {
    const text = 'Mara Quell, the harbour master, said the port would reopen. Ships waited offshore.';
    expect(person(text, 'mara-quell')).toBe('person');
  });

  it('reads a surname alone opening a sentence when an appositive follows it, and not an opening adverb', () => {
    expect(person('Brandt, the harbour master, said the port would reopen. Ships waited offshore.', 'brandt')).toBe('person');
    expect(ids('Afterwards, the harbour master, who was tired, said little. Ships waited offshore.')).toEqual([]);
  });

  it('does not take an opening place for an appositive\'s person', () => {
    const text = 'In Rotterdam, the mayor said the port would reopen. Ships waited offshore. Rotterdam was calm.';
    expect(person(text, 'rotterdam')).not.toBe('person');
  });

  it('makes every name of a list of examples a person when one of them is', () => {
    const text = 'The board has brought reformers like Tomas Brandt and Ilse Marov aboard. Finance Minister Ilse Marov said the plan was sound.';
    expect(person(text, 'tomas-brandt')).toBe('person');
  });

  it('keeps a woman named once with "the first lady" apart from the president of her surname', () => {
    const text = 'President Halden and Sofia Halden, the first lady, greeted the visitors. Halden spoke briefly. Halden left early.';
    expect(person(text, 'sofia-halden')).toBe('person');
    expect(actor(text, 'sofia-halden')?.mentions.map((m) => m.text)).toEqual(['Sofia Halden']);
  });

  it('reads a name opening with a common given name as a person, without a title or a speech verb', () => {
    const text = 'The fund was set up to help Hillary Brandt win the seat. Voters were unmoved.';
    expect(person(text, 'hillary-brandt')).toBe('person');
    expect(ids('They asked for the Hillary Brandt Harbour Papers held abroad. Nobody answered.')).toEqual([]);
  });

  it('does not read a place opening with a compass word or a given name that is a country as a person', () => {
    const text = 'Storms hit North Carolina on Monday. Flights to Jordan Valley were cancelled. Residents waited.';
    expect(ids(text)).not.toContain('north-carolina');
    expect(ids(text)).not.toContain('jordan-valley');
  });

  it('keeps particles that follow one another inside a name, and a comma-set "Jr." out of the names', () => {
    const text = 'Pieter van der Berg, an attorney, admitted the charge. He met Donald Trump, Jr., the oldest son, in June.';
    expect(ids(text)).toContain('pieter-van-der-berg');
    expect(ids(text)).not.toContain('jr');
    expect(ids(text)).not.toContain('berg');
  });
});

describe('capitalised words that are not people', () => {
  it('never reads a weekday as a surname, even after a capitalised noun', () => {
    const text = 'The leaders attend the State Dinner Tuesday evening. Guests praised the State Dinner Tuesday menu. Officials said Tuesday was calm.';
    expect(ids(text).filter((id) => id.includes('tuesday'))).toEqual([]);
  });

  it('does not take a word after "the" for a person because a speech verb follows it', () => {
    const text = 'Envoys said the talks had stalled, and the North agreed to wait. Later the North said it would return.';
    expect(actor(text, 'north')?.kind).not.toBe('person');
  });

  it('does not take a place for a person because a speech verb follows it', () => {
    const text = 'A spokeswoman in Vantor said the deal was done. Trade with Vantor grew.';
    expect(actor(text, 'vantor')?.kind).not.toBe('person');
  });

  it('reads a possessive acronym as an organisation, not a person', () => {
    const text = "Hackers entered the FRB's servers in May. Officials at the FRB said nothing more.";
    expect(actor(text, 'frb')).toMatchObject({ kind: 'organisation', mentions: [{ text: 'FRB' }, { text: 'FRB' }] });
  });

  it('does not take a word numbered by the figure after it for a person', () => {
    const text = 'Officials met on Friday in the capital.\n\nA Number 10 spokeswoman told reporters: "The President of the club will be welcome here."\n\nOfficials agreed.';
    expect(ids(text)).not.toContain('number');
  });

  it('does not make a name a person because a single word of it is written again', () => {
    const text = 'Crowds came to the Harbour Festival on Friday. Many said the Festival was the best in years.';
    expect(actor(text, 'harbour-festival')?.kind).toBe('other');
  });

  it('drops a capitalised function word opening a name', () => {
    const text = "The aide put it plainly: 'Whatever Brandt says goes.' Tomas Brandt laughed. Brandt said nothing more.";
    expect(ids(text)).not.toContain('whatever-brandt');
    expect(actor(text, 'tomas-brandt')?.mentions.map((m) => m.text)).toEqual(['Brandt', 'Tomas Brandt', 'Brandt']);
  });
});

describe('an organisation written as an acronym and in full', () => {
  it('is one actor in an article that writes both, whatever the acronym’s dots', () => {
    const a = article(
      'The European Union said on Monday that it would answer the tariffs. The E.U. has drawn up a list of goods. ' +
        'The World Trade Organization will hear the case, and the WTO ruling may take a year.',
    );
    const eu = a.actors.filter((x) => x.id === 'european-union' || x.id === 'eu');
    expect(eu).toHaveLength(1);
    expect(eu[0]).toMatchObject({ id: 'european-union', kind: 'organisation' });
    expect(eu[0]!.mentions.map((m) => m.text)).toEqual(['European Union', 'E.U.']);
    expect(a.actors.filter((x) => /^(?:wto|world-trade-organization)$/u.test(x.id)).map((x) => x.mentions.length)).toEqual([2]);
  });

  it('gets the full name’s id in an article that writes only the acronym, and stays apart from names its letters do not spell', () => {
    const c = analyze([
      { id: 'a', text: 'The European Union warned the White House on Monday. The European Union has a list of goods to tax.' },
      { id: 'b', text: 'The EU warned the White House on Monday. The EU has a list of goods to tax.' },
      { id: 'c', text: 'The EPA warned the White House on Monday. The EPA has a list of plants to close.' },
    ]);
    expect(c.articles[1]!.actors.find((x) => x.aliases?.includes('EU'))?.id).toBe('european-union');
    expect(c.articles[2]!.actors.find((x) => x.aliases?.includes('EPA'))?.id).toBe('epa');
  });
});

/**
 * Sentiment-list words in neutral use (hand-curated for Parallax, MIT; see SOURCES.md): multiword terms of
 * law, medicine, economics, diplomacy and war, and adjectives that report an actor's state rather than judge.
 */

/** Terms whose sentiment-list or intensifier word names a thing, written as lemmas ("peace talk" matches "peace talks"). */
export const NEUTRAL_TERMS: readonly string[] = [
  // diplomacy and war
  'peace talk', 'peace treaty', 'peace deal', 'peace process', 'peace agreement', 'peace plan', 'peace summit',
  'peace conference', 'peace negotiation', 'nobel peace prize', 'peace prize', 'peacekeeping', 'peace corps',
  'weapon of mass destruction', 'mass destruction', 'nuclear threat', 'missile threat', 'security threat',
  'armed conflict', 'cease fire', 'prisoner of war', 'war crime', 'war crimes', 'civil war', 'cold war', 'world war',
  'trade war', 'state of emergency', 'national emergency', 'emergency room', 'emergency service', 'security council',
  'defense secretary', 'defence secretary', 'national security', 'free trade', 'trade deficit', 'trade surplus',
  // law
  'asylum claim', 'credible fear', 'credible-fear interview', 'fraud charge', 'criminal charge', 'criminal justice',
  'justice department', 'department of justice', 'supreme court', 'plead guilty', 'found guilty', 'not guilty',
  'file a complaint', 'filed a complaint', 'class action', 'special counsel', 'obstruction of justice', 'hate crime',
  'hate speech', 'hate group', 'hate symbol', 'incite violence', 'incitement to violence',
  'grand jury', 'good faith', 'punitive damage', 'friendly fire',
  // "regime" and "scheme" as terms of law, policy and finance, not a government or a plot
  'legal regime', 'tax regime', 'sanctions regime', 'regulatory regime', 'visa regime', 'trade regime', 'testing regime',
  'inspection regime', 'treatment regime', 'exercise regime', 'pension scheme', 'tax scheme', 'avoidance scheme',
  'insurance scheme', 'loan scheme', 'furlough scheme', 'pilot scheme', 'compensation scheme', 'ponzi scheme',
  'battleground state', 'swing state', 'authoritarian regime', 'military regime', 'abusive relationship', 'hostile environment', 'hostile work environment', 'sexual harassment', 'panic buying',
  'panic attack', 'slave trade', 'slave trader', 'slave labor', 'slave labour', 'slave owner', 'slave ship', 'slave state', 'slave market',
  'death penalty', 'death row', 'self defense', 'self-defense', 'domestic violence', 'sexual assault', 'assault weapon',
  'assault rifle', 'gun violence', 'violent crime', 'invasion of privacy', 'privacy invasion', 'privacy-invasion',
  'conspiracy against the united states', 'conspiracy against the u.s.', 'conspiracy to defraud', 'conspiracy to launder', 'conspiracy to commit',
  'conspiracy to obstruct', 'criminal conspiracy', 'count of conspiracy', 'money laundering',
  // medicine
  'test negative', 'tested negative', 'test positive', 'tested positive', 'breakthrough infection', 'breakthrough case',
  'side effect', 'intensive care', 'cancer treatment', 'heart attack', 'mental health', 'public health', 'health care',
  'health emergency', 'emergency use', 'disease control', 'infectious disease',
  // economy
  'job gain', 'job gains', 'jobs added', 'net gain', 'capital gain', 'gross domestic product', 'free market',
  'interest rate', 'rate cut', 'tax cut', 'tax break', 'stock market', 'bear market', 'bull market', 'great recession',
  'great depression', 'economic growth', 'growth rate', 'unemployment rate', 'profit margin', 'price war',
  'all-time high', 'all-time low', 'record high', 'record low', 'worst case', 'worst-case scenario', 'cradle to grave',
  // heritage and medicine
  'historic district', 'historic site', 'historic building', 'historic landmark', 'historic preservation',
  'vital sign', 'vital statistic', 'vital record',
  // a self-reinforcing loop, as economists and doctors name it
  'vicious cycle', 'vicious circle', 'virtuous cycle', 'virtuous circle',
  'best seller', 'best-selling', 'top official', 'top aide', 'free speech', 'freedom of speech', 'united states',
  'united nations', 'united kingdom', 'good friday', 'great britain', 'fair trade', 'fair housing', 'safe harbor',
];

/** Adjectives and participles that report how an actor feels or stands, not the outlet's judgment. */
export const REPORTED_STATES: ReadonlySet<string> = new Set([
  'worried', 'concerned', 'pleased', 'unhappy', 'happy', 'optimistic', 'pessimistic', 'hopeful', 'disappointed',
  'upset', 'frustrated', 'satisfied', 'dissatisfied', 'confident', 'afraid', 'fearful', 'anxious', 'nervous',
  'eager', 'keen', 'willing', 'unwilling', 'reluctant', 'glad', 'grateful', 'thankful', 'sorry', 'sad', 'angry',
  'proud', 'excited', 'surprised', 'shocked', 'relieved', 'skeptical', 'sceptical', 'wary', 'cautious', 'determined',
  'committed', 'interested', 'unable', 'able', 'injured', 'wounded', 'dead', 'killed', 'missing', 'sick', 'ill',
]);

/** Nouns and verbs of law, medicine, economics and war that a sentiment list scores but news uses as plain names. */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'charge', 'fraud', 'complaint', 'lawsuit', 'sue', 'allege', 'allegation', 'accuse', 'accusation', 'convict',
  'conviction', 'guilty', 'prosecute', 'prosecution', 'arrest', 'crime', 'criminal', 'prison', 'jail', 'sentence',
  'abduction', 'abduct', 'kidnap', 'kidnapping', 'assassination', 'assassinate', 'murder', 'rape', 'raped', 'kill', 'die', 'death',
  'poison', 'rescue', 'hostage', 'victim', 'injury', 'casualty', 'war', 'conflict', 'attack', 'threat', 'threaten',
  'violence', 'destruction', 'destroy', 'weapon', 'bomb', 'missile', 'terrorism', 'terrorist', 'terror', 'crisis',
  'emergency', 'disease', 'infection', 'cancer', 'pandemic', 'outbreak', 'virus', 'loss',
  'gain', 'profit', 'debt', 'deficit', 'recession', 'inflation', 'unemployment', 'tariff', 'penalty', 'penalize',
  'sanction', 'violate', 'violation', 'obstruct', 'obstruction', 'scandal', 'investigation', 'dispute', 'protest',
  'ban', 'block', 'reject', 'refuse', 'deny', 'veto', 'oppose', 'opposition', 'criticism', 'criticize', 'criticise',
  'blame', 'warn', 'warning', 'praise', 'welcome', 'applaud', 'thank', 'congratulate', 'celebrate', 'support', 'help',
  'agree', 'agreement', 'peace', 'friendship', 'ally', 'alliance', 'partner', 'partnership', 'success', 'progress',
  'improve', 'improvement', 'accomplish', 'achieve', 'achievement', 'win', 'lose', 'revive', 'hurt', 'harm', 'damage',
  'disrupt', 'disruption', 'justify', 'exclude', 'exempt', 'exemption', 'lack', 'chance', 'willingness', 'collapse',
  'optimism', 'hope', 'fear', 'concern', 'worry', 'trust', 'respect', 'honor',
  'honour', 'award', 'prize', 'benefit', 'care', 'safety', 'security', 'protect', 'protection', 'freedom', 'free',
  'fight', 'struggle', 'fail', 'failure', 'retaliate', 'retaliation', 'retaliatory', 'cost',
  'costly', 'expensive', 'impeachment', 'impeach', 'slavery', 'racism', 'abuse', 'wealth', 'victory', 'defeat', 'poverty',
  'corruption', 'hunger', 'famine', 'drought', 'flood', 'disaster', 'tragedy', 'accident', 'crash', 'cheap', 'risk', 'danger', 'problem', 'issue', 'challenge', 'pressure', 'tension',
]);

/**
 * Adjectives of feeling (our own selection of general English words): after "be", "feel", "grow"… with a person as
 * subject ("they were angry", "supporters were furious over the emails"), they report how that person feels, not the
 * outlet's judgment. Before a noun ("a furious crowd") the outlet chose the word.
 */
export const FEELING_ADJECTIVES: ReadonlySet<string> = new Set([
  'angry', 'furious', 'livid', 'irate', 'upset', 'unhappy', 'happy', 'glad', 'sad', 'anxious', 'nervous', 'fearful',
  'afraid', 'jubilant', 'elated', 'ecstatic', 'resentful', 'indignant', 'hopeful', 'optimistic', 'pessimistic', 'proud',
  'ashamed', 'grateful', 'thankful', 'jealous', 'envious', 'uneasy', 'wary', 'eager', 'unsatisfied', 'bitter', 'gloomy',
  'joyful', 'heartbroken', 'distraught', 'miserable',
]);

/**
 * Verbs whose object feels what the verb names, as lemmas: the "amuse" class of psychological verbs (Levin 1993,
 * *English Verb Classes and Alternations*, §31.1). Their past participle after "be", "feel", "get"… or before "by",
 * "at", "about" ("were outraged", "felt humiliated", "troubled by") reports how someone feels, not the outlet's judgment.
 */
export const EXPERIENCER_VERBS: ReadonlySet<string> = new Set([
  'aggravate', 'agitate', 'alarm', 'alienate', 'anger', 'annoy', 'antagonize', 'appal', 'appall', 'baffle', 'bewilder',
  'bore', 'bother', 'chagrin', 'confuse', 'daunt', 'demoralize', 'demoralise', 'depress', 'devastate', 'disappoint',
  'discourage', 'disgust', 'dishearten', 'dismay', 'displease', 'distress', 'disturb', 'embarrass', 'enrage',
  'exasperate', 'exhaust', 'frighten', 'frustrate', 'gall', 'grieve', 'harass', 'horrify', 'humiliate', 'hurt',
  'incense', 'infuriate', 'insult', 'intimidate', 'irk', 'irritate', 'madden', 'mortify', 'nauseate', 'offend',
  'outrage', 'pain', 'panic', 'perplex', 'perturb', 'petrify', 'puzzle', 'rattle', 'repel', 'revolt', 'rile',
  'sadden', 'scandalize', 'scandalise', 'scare', 'shake', 'shame', 'shock', 'sicken', 'spook', 'startle', 'stun',
  'terrify', 'threaten', 'tire', 'torment', 'traumatize', 'traumatise', 'trouble', 'unnerve', 'unsettle', 'upset',
  'vex', 'weary', 'worry', 'wound',
  // the same class's verbs of pleasing, whose participles report a feeling just as well
  'amuse', 'calm', 'charm', 'cheer', 'comfort', 'delight', 'elate', 'encourage', 'enthrall', 'excite', 'gladden',
  'gratify', 'hearten', 'impress', 'inspire', 'please', 'relieve', 'satisfy', 'thrill', 'touch',
]);

/**
 * Nouns that name a feeling. With its cause after it ("anger over the ruling", "fear among residents") or a verb
 * that voices or stirs it before ("expressed outrage", "caused alarm") the noun reports people's reaction.
 */
export const FEELING_NOUNS: ReadonlySet<string> = new Set([
  'anger', 'outrage', 'fury', 'rage', 'indignation', 'resentment', 'frustration', 'fear', 'anxiety', 'alarm', 'panic',
  'worry', 'dismay', 'shock', 'horror', 'disgust', 'grief', 'sorrow', 'sadness', 'despair', 'disappointment',
  'distress', 'unease', 'concern', 'joy', 'relief', 'delight', 'excitement', 'enthusiasm',
]);

/** Verbs (lemmas) that voice or stir a feeling ("expressed anger", "sparked fear"). */
export const FEELING_VERBS_OF_REPORT: ReadonlySet<string> = new Set([
  'express', 'voice', 'vent', 'share', 'feel', 'cause', 'spark', 'provoke', 'trigger', 'prompt', 'draw', 'stir', 'fuel',
  'raise', 'create', 'generate', 'ease', 'calm', 'allay',
]);

/**
 * Adjectives of economic or social standing ("poor", "vulnerable", "wealthy"): before a word for people or places
 * ("poor families", "vulnerable patients") or as a noun ("the poor") they say who is meant, not how good it is.
 */
export const STANDING_ADJECTIVES: ReadonlySet<string> = new Set([
  'poor', 'poorer', 'poorest', 'needy', 'vulnerable', 'disadvantaged', 'homeless', 'jobless', 'unemployed', 'wealthy',
  'wealthier', 'wealthiest', 'rich', 'richer', 'richest', 'affluent', 'impoverished', 'deprived', 'underprivileged',
  'low-income', 'high-income', 'struggling',
]);

/**
 * What "deadly" and "fatal" describe in their plain sense: diseases, disasters and accidents. Of deliberate violence
 * ("a deadly attack") they stress the harm the sentence could state ("an attack that killed 40"), a choice.
 */
const DEADLY_HEADS: ReadonlySet<string> = new Set([
  'virus', 'coronavirus', 'disease', 'outbreak', 'pandemic', 'epidemic', 'infection', 'strain', 'illness', 'contagion',
  'pathogen', 'bacterium', 'bacteria', 'flu', 'influenza', 'fungus', 'parasite', 'toxin', 'crash', 'collision',
  'accident', 'storm', 'hurricane', 'typhoon', 'tornado', 'cyclone', 'wildfire', 'fire', 'earthquake', 'flood',
  'flooding', 'landslide', 'avalanche', 'stampede', 'heatwave', 'overdose', 'dose', 'injury', 'disaster',
  // named diseases, as doctors write them ("severe Covid-19", "deadly flu")
  'covid', 'covid-19', 'coronavirus', 'influenza', 'pneumonia', 'sepsis', 'malaria', 'measles', 'ebola', 'cholera',
]);

/** What "weak" names in its plain sense: an economic or market measure, as economists and markets report it. */
const MEASURE_HEADS: ReadonlySet<string> = new Set([
  'spending', 'demand', 'growth', 'sale', 'earnings', 'economy', 'dollar', 'currency', 'yen', 'euro', 'pound', 'data',
  'job', 'hiring', 'investment', 'export', 'import', 'output', 'productivity', 'market', 'price', 'outlook', 'forecast',
  'quarter', 'revenue', 'profit', 'performance', 'recovery', 'consumption', 'manufacturing', 'inflation', 'wage',
]);

/**
 * Modifiers whose plain sense depends on the noun they describe (heads as lemmas): "historic" of a place is its
 * heritage ("the historic church"), of an event an amplifier ("a historic deal"); "deadly" of a disease, an attack
 * or a disaster counts the dead ("a deadly virus", "a deadly crash"), of a plan it is a charged word; "conflicting"
 * of reports says they differ ("conflicting accounts"), of sides it frames a fight.
 */
export const PLAIN_SENSE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['historic', new Set([
    'church', 'cathedral', 'synagogue', 'mosque', 'temple', 'neighborhood', 'neighbourhood', 'district', 'site',
    'building', 'house', 'home', 'landmark', 'town', 'village', 'quarter', 'street', 'square', 'park', 'theater',
    'theatre', 'hotel', 'mansion', 'monument', 'cemetery', 'bridge', 'port', 'downtown', 'estate', 'center', 'centre',
  ])],
  // "conflicting reports" differ from each other: a plain description, not conflict
  ['conflicting', new Set([
    'report', 'account', 'statement', 'claim', 'signal', 'message', 'information', 'evidence', 'testimony', 'view',
    'data', 'figure', 'story', 'version', 'guidance', 'advice', 'result', 'estimate', 'instruction', 'narrative',
  ])],
  ['deadly', DEADLY_HEADS],
  // "the deadliest storm", "a fatal crash": a count of the dead, stated
  ['deadliest', DEADLY_HEADS],
  ['fatal', DEADLY_HEADS],
  // "a negative test", "negative growth": a result or a sign below zero, as labs and economists write it
  ['negative', new Set([
    'test', 'result', 'screening', 'sample', 'swab', 'reading', 'growth', 'rate', 'territory', 'return', 'equity',
    'number', 'balance', 'value', 'yield', 'inflation',
  ])],
  // "weaker consumer spending", "a weak dollar": the size of a measure, reported
  ['weak', MEASURE_HEADS],
  ['weaker', MEASURE_HEADS],
  ['weakest', MEASURE_HEADS],
  // "unsafe working conditions", "unsafe levels of lead": a hazard as inspectors name it
  ['unsafe', new Set(['condition', 'level', 'water', 'housing', 'building', 'practice', 'workplace', 'drinking'])],
  ['dangerous', DEADLY_HEADS],
  // "poor health", "poor visibility": a condition, as doctors and forecasters write it
  ['poor', new Set([
    'health', 'access', 'visibility', 'sanitation', 'nutrition', 'hygiene', 'ventilation', 'harvest', 'soil', 'eyesight',
    'sight', 'hearing',
  ])],
  // "authoritarian regimes", "partisan gridlock", "fascist insignia", "a landmark building": a kind of government,
  // a split along party lines, a historical movement's symbols, a notable place, as political science and
  // history name them; of a person or an act ("an authoritarian streak", "a partisan attack") they judge
  ['authoritarian', new Set(['regime', 'rule', 'government', 'state', 'country', 'system', 'nation', 'ruler'])],
  ['partisan', new Set([
    'division', 'divide', 'gridlock', 'line', 'split', 'vote', 'polarization', 'polarisation', 'primary', 'redistricting',
    'gerrymandering', 'gerrymander', 'makeup', 'balance', 'control', 'affiliation', 'identification', 'election', 'breakdown',
  ])],
  ['fascist', new Set(['insignia', 'symbol', 'salute', 'flag', 'regime', 'party', 'era', 'movement', 'government', 'dictatorship'])],
  ['landmark', new Set(['building', 'restaurant', 'hotel', 'site', 'church', 'bridge', 'tower', 'theater', 'theatre', 'store', 'house'])],
  // "outstanding debt", "an outstanding warrant": unpaid or unsettled, no praise
  ['outstanding', new Set([
    'debt', 'loan', 'balance', 'bill', 'payment', 'amount', 'sum', 'bond', 'share', 'stock', 'warrant', 'order',
    'invoice', 'claim', 'issue', 'question', 'obligation', 'liability', 'principal', 'credit', 'fine', 'tax', 'dues',
  ])],
  // "severe weather", "a severe shortage": the degree of a hazard or a lack, as forecasters and doctors write it
  ['severe', new Set([
    'weather', 'storm', 'thunderstorm', 'drought', 'flooding', 'flood', 'heat', 'winter', 'cold', 'wind', 'shortage',
    'illness', 'disease', 'symptom', 'case', 'injury', 'burn', 'pain', 'infection', 'allergy', 'reaction', 'damage',
    'turbulence', 'crime', 'penalty', 'sentence', 'covid', 'covid-19', 'coronavirus', 'influenza', 'pneumonia', 'outcome',
    'complication', 'hospitalization', 'hospitalisation',
  ])],
  // "extreme heat", "extreme poverty": the degree of a hazard or a hardship, as forecasters and economists write it;
  // of views, positions or people ("extreme views") it labels them
  ['extreme', new Set([
    'weather', 'heat', 'cold', 'temperature', 'drought', 'flooding', 'rainfall', 'wind', 'event', 'poverty', 'hunger',
    'case', 'condition', 'sport', 'sports', 'fatigue', 'caution', 'care',
  ])],
]);

/**
 * Offences as a complaint or an indictment charges them (lemmas): in a sentence about legal proceedings ("a lawsuit
 * … for conspiring to help") or in a list with other offences ("harassment, intimidation and threats of violence")
 * the word names the charge or the kind of offence, not the outlet's judgment.
 */
export const LEGAL_OFFENCES: ReadonlySet<string> = new Set([
  'conspire', 'conspiracy', 'conspiring', 'collude', 'collusion', 'racketeering', 'defraud', 'bribe', 'bribery',
  'extort', 'extortion', 'launder', 'laundering', 'embezzle', 'embezzlement', 'obstruct', 'harass', 'harassment',
  'intimidation', 'intimidate', 'stalking', 'stalk', 'trespass', 'trespassing', 'vandalism',
]);

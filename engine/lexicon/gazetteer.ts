import { ROLE_ABBREVIATIONS, ROLE_WORDS } from './roles';

/** A country with the names and adjectives news text uses for it. */
export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
}

/** Countries in the news, their aliases (matched without dots, case-insensitive; capitals only where the
 * capital usually stands for the government) and demonyms. */
export const COUNTRIES: readonly CountryEntry[] = [
  { name: 'United States', aliases: ['US', 'USA', 'United States of America', 'America', 'Washington'], demonyms: ['American', 'Americans'] },
  { name: 'China', aliases: ['PRC', "People's Republic of China", 'Beijing'], demonyms: ['Chinese'] },
  { name: 'United Kingdom', aliases: ['UK', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'] },
  { name: 'Russia', aliases: ['Russian Federation', 'Moscow'], demonyms: ['Russian', 'Russians'] },
  { name: 'Ukraine', aliases: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian', 'Ukrainians'] },
  { name: 'Canada', aliases: [], demonyms: ['Canadian', 'Canadians'] },
  { name: 'Mexico', aliases: [], demonyms: ['Mexican', 'Mexicans'] },
  { name: 'France', aliases: [], demonyms: ['French'] },
  { name: 'Germany', aliases: [], demonyms: ['German', 'Germans'] },
  { name: 'Italy', aliases: [], demonyms: ['Italian', 'Italians'] },
  { name: 'Spain', aliases: [], demonyms: ['Spanish', 'Spaniards'] },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'] },
  { name: 'South Korea', aliases: ['Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans'] },
  { name: 'North Korea', aliases: ['Pyongyang', 'DPRK'], demonyms: ['North Korean', 'North Koreans'] },
  { name: 'Taiwan', aliases: ['Taipei'], demonyms: ['Taiwanese'] },
  { name: 'India', aliases: [], demonyms: ['Indian', 'Indians'] },
  { name: 'Pakistan', aliases: [], demonyms: ['Pakistani', 'Pakistanis'] },
  { name: 'Afghanistan', aliases: [], demonyms: ['Afghan', 'Afghans'] },
  { name: 'Iran', aliases: ['Tehran'], demonyms: ['Iranian', 'Iranians'] },
  { name: 'Iraq', aliases: [], demonyms: ['Iraqi', 'Iraqis'] },
  { name: 'Syria', aliases: [], demonyms: ['Syrian', 'Syrians'] },
  { name: 'Israel', aliases: [], demonyms: ['Israeli', 'Israelis'] },
  { name: 'Palestine', aliases: ['Palestinian territories'], demonyms: ['Palestinian', 'Palestinians'] },
  { name: 'Saudi Arabia', aliases: [], demonyms: ['Saudi', 'Saudis'] },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish', 'Turks'] },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian', 'Egyptians'] },
  { name: 'Brazil', aliases: [], demonyms: ['Brazilian', 'Brazilians'] },
  { name: 'Argentina', aliases: [], demonyms: ['Argentine', 'Argentinian', 'Argentinians'] },
  { name: 'Venezuela', aliases: [], demonyms: ['Venezuelan', 'Venezuelans'] },
  { name: 'Colombia', aliases: [], demonyms: ['Colombian', 'Colombians'] },
  { name: 'Cuba', aliases: [], demonyms: ['Cuban', 'Cubans'] },
  { name: 'Haiti', aliases: [], demonyms: ['Haitian', 'Haitians'] },
  { name: 'Australia', aliases: [], demonyms: ['Australian', 'Australians'] },
  { name: 'New Zealand', aliases: [], demonyms: ['New Zealander', 'New Zealanders'] },
  { name: 'South Africa', aliases: [], demonyms: ['South African', 'South Africans'] },
  { name: 'Nigeria', aliases: [], demonyms: ['Nigerian', 'Nigerians'] },
  { name: 'Ethiopia', aliases: [], demonyms: ['Ethiopian', 'Ethiopians'] },
  { name: 'Kenya', aliases: [], demonyms: ['Kenyan', 'Kenyans'] },
  { name: 'Poland', aliases: [], demonyms: ['Polish', 'Poles'] },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian', 'Hungarians'] },
  { name: 'Netherlands', aliases: ['Holland'], demonyms: ['Dutch'] },
  { name: 'Belgium', aliases: [], demonyms: ['Belgian', 'Belgians'] },
  { name: 'Switzerland', aliases: [], demonyms: ['Swiss'] },
  { name: 'Sweden', aliases: [], demonyms: ['Swedish', 'Swedes'] },
  { name: 'Norway', aliases: [], demonyms: ['Norwegian', 'Norwegians'] },
  { name: 'Denmark', aliases: [], demonyms: ['Danish', 'Danes'] },
  { name: 'Finland', aliases: [], demonyms: ['Finnish', 'Finns'] },
  { name: 'Ireland', aliases: [], demonyms: ['Irish'] },
  { name: 'Greece', aliases: [], demonyms: ['Greek', 'Greeks'] },
  { name: 'Portugal', aliases: [], demonyms: ['Portuguese'] },
  { name: 'Austria', aliases: [], demonyms: ['Austrian', 'Austrians'] },
  { name: 'Vietnam', aliases: [], demonyms: ['Vietnamese'] },
  { name: 'Thailand', aliases: [], demonyms: ['Thai'] },
  { name: 'Philippines', aliases: [], demonyms: ['Filipino', 'Filipinos'] },
  { name: 'Indonesia', aliases: [], demonyms: ['Indonesian', 'Indonesians'] },
  { name: 'Malaysia', aliases: [], demonyms: ['Malaysian', 'Malaysians'] },
  { name: 'Singapore', aliases: [], demonyms: ['Singaporean', 'Singaporeans'] },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'] },
  { name: 'Bangladesh', aliases: [], demonyms: ['Bangladeshi', 'Bangladeshis'] },
  { name: 'Qatar', aliases: [], demonyms: ['Qatari', 'Qataris'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati', 'Emiratis'] },
  { name: 'Yemen', aliases: [], demonyms: ['Yemeni', 'Yemenis'] },
  { name: 'Lebanon', aliases: [], demonyms: ['Lebanese'] },
  { name: 'Libya', aliases: [], demonyms: ['Libyan', 'Libyans'] },
  { name: 'Sudan', aliases: [], demonyms: ['Sudanese'] },
  { name: 'Belarus', aliases: [], demonyms: ['Belarusian', 'Belarusians'] },
  { name: 'Armenia', aliases: [], demonyms: ['Armenian', 'Armenians'] },
  { name: 'Azerbaijan', aliases: [], demonyms: ['Azerbaijani', 'Azerbaijanis'] },
  { name: 'Chile', aliases: [], demonyms: ['Chilean', 'Chileans'] },
  { name: 'Peru', aliases: [], demonyms: ['Peruvian', 'Peruvians'] },
  { name: 'Nicaragua', aliases: [], demonyms: ['Nicaraguan', 'Nicaraguans'] },
  { name: 'Guatemala', aliases: [], demonyms: ['Guatemalan', 'Guatemalans'] },
  { name: 'Honduras', aliases: [], demonyms: ['Honduran', 'Hondurans'] },
  { name: 'El Salvador', aliases: [], demonyms: ['Salvadoran', 'Salvadorans'] },
  // the other member states of the United Nations, except those whose name is also a common given name or a US
  // state's ("Jordan", "Chad", "Georgia"), which a name or a place in a US story would be taken for
  { name: 'Romania', aliases: [], demonyms: ['Romanian', 'Romanians'] },
  { name: 'Bulgaria', aliases: [], demonyms: ['Bulgarian', 'Bulgarians'] },
  { name: 'Serbia', aliases: [], demonyms: ['Serbian', 'Serbians', 'Serbs'] },
  { name: 'Croatia', aliases: [], demonyms: ['Croatian', 'Croatians', 'Croats'] },
  { name: 'Bosnia and Herzegovina', aliases: ['Bosnia'], demonyms: ['Bosnian', 'Bosnians'] },
  { name: 'Slovenia', aliases: [], demonyms: ['Slovenian', 'Slovenians'] },
  { name: 'Slovakia', aliases: [], demonyms: ['Slovak', 'Slovaks'] },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech', 'Czechs'] },
  { name: 'Montenegro', aliases: [], demonyms: ['Montenegrin', 'Montenegrins'] },
  { name: 'North Macedonia', aliases: ['Macedonia'], demonyms: ['Macedonian', 'Macedonians'] },
  { name: 'Albania', aliases: [], demonyms: ['Albanian', 'Albanians'] },
  { name: 'Kosovo', aliases: [], demonyms: ['Kosovar', 'Kosovars'] },
  { name: 'Moldova', aliases: [], demonyms: ['Moldovan', 'Moldovans'] },
  { name: 'Lithuania', aliases: [], demonyms: ['Lithuanian', 'Lithuanians'] },
  { name: 'Latvia', aliases: [], demonyms: ['Latvian', 'Latvians'] },
  { name: 'Estonia', aliases: [], demonyms: ['Estonian', 'Estonians'] },
  { name: 'Iceland', aliases: [], demonyms: ['Icelandic', 'Icelanders'] },
  { name: 'Luxembourg', aliases: [], demonyms: ['Luxembourger', 'Luxembourgers'] },
  { name: 'Malta', aliases: [], demonyms: ['Maltese'] },
  { name: 'Cyprus', aliases: [], demonyms: ['Cypriot', 'Cypriots'] },
  { name: 'Andorra', aliases: [], demonyms: ['Andorran', 'Andorrans'] },
  { name: 'Monaco', aliases: [], demonyms: ['Monegasque'] },
  { name: 'Liechtenstein', aliases: [], demonyms: [] },
  { name: 'San Marino', aliases: [], demonyms: [] },
  { name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh', 'Kazakhs'] },
  { name: 'Uzbekistan', aliases: [], demonyms: ['Uzbek', 'Uzbeks'] },
  { name: 'Turkmenistan', aliases: [], demonyms: ['Turkmen'] },
  { name: 'Kyrgyzstan', aliases: [], demonyms: ['Kyrgyz'] },
  { name: 'Tajikistan', aliases: [], demonyms: ['Tajik', 'Tajiks'] },
  { name: 'Mongolia', aliases: [], demonyms: ['Mongolian', 'Mongolians'] },
  { name: 'Nepal', aliases: [], demonyms: ['Nepali', 'Nepalese'] },
  { name: 'Bhutan', aliases: [], demonyms: ['Bhutanese'] },
  { name: 'Sri Lanka', aliases: [], demonyms: ['Sri Lankan', 'Sri Lankans'] },
  { name: 'Maldives', aliases: [], demonyms: ['Maldivian', 'Maldivians'] },
  { name: 'Cambodia', aliases: [], demonyms: ['Cambodian', 'Cambodians'] },
  { name: 'Laos', aliases: [], demonyms: ['Laotian', 'Laotians'] },
  { name: 'Brunei', aliases: [], demonyms: ['Bruneian'] },
  { name: 'East Timor', aliases: ['Timor-Leste'], demonyms: ['Timorese'] },
  { name: 'Papua New Guinea', aliases: [], demonyms: ['Papua New Guinean'] },
  { name: 'Fiji', aliases: [], demonyms: ['Fijian', 'Fijians'] },
  { name: 'Samoa', aliases: [], demonyms: ['Samoan', 'Samoans'] },
  { name: 'Tonga', aliases: [], demonyms: ['Tongan', 'Tongans'] },
  { name: 'Vanuatu', aliases: [], demonyms: [] },
  { name: 'Solomon Islands', aliases: [], demonyms: [] },
  { name: 'Kiribati', aliases: [], demonyms: [] },
  { name: 'Tuvalu', aliases: [], demonyms: [] },
  { name: 'Nauru', aliases: [], demonyms: [] },
  { name: 'Palau', aliases: [], demonyms: [] },
  { name: 'Micronesia', aliases: [], demonyms: [] },
  { name: 'Marshall Islands', aliases: [], demonyms: [] },
  { name: 'Kuwait', aliases: [], demonyms: ['Kuwaiti', 'Kuwaitis'] },
  { name: 'Bahrain', aliases: [], demonyms: ['Bahraini', 'Bahrainis'] },
  { name: 'Oman', aliases: [], demonyms: ['Omani', 'Omanis'] },
  { name: 'Morocco', aliases: [], demonyms: ['Moroccan', 'Moroccans'] },
  { name: 'Algeria', aliases: [], demonyms: ['Algerian', 'Algerians'] },
  { name: 'Tunisia', aliases: [], demonyms: ['Tunisian', 'Tunisians'] },
  { name: 'Mauritania', aliases: [], demonyms: ['Mauritanian', 'Mauritanians'] },
  { name: 'Mali', aliases: [], demonyms: ['Malian', 'Malians'] },
  { name: 'Niger', aliases: [], demonyms: ['Nigerien', 'Nigeriens'] },
  { name: 'Burkina Faso', aliases: [], demonyms: ['Burkinabe'] },
  { name: 'Senegal', aliases: [], demonyms: ['Senegalese'] },
  { name: 'Gambia', aliases: [], demonyms: ['Gambian', 'Gambians'] },
  { name: 'Guinea-Bissau', aliases: [], demonyms: [] },
  { name: 'Guinea', aliases: [], demonyms: ['Guinean', 'Guineans'] },
  { name: 'Sierra Leone', aliases: [], demonyms: ['Sierra Leonean', 'Sierra Leoneans'] },
  { name: 'Liberia', aliases: [], demonyms: ['Liberian', 'Liberians'] },
  { name: 'Ivory Coast', aliases: ["Côte d'Ivoire", "Cote d'Ivoire"], demonyms: ['Ivorian', 'Ivorians'] },
  { name: 'Ghana', aliases: [], demonyms: ['Ghanaian', 'Ghanaians'] },
  { name: 'Togo', aliases: [], demonyms: ['Togolese'] },
  { name: 'Benin', aliases: [], demonyms: ['Beninese'] },
  { name: 'Cameroon', aliases: [], demonyms: ['Cameroonian', 'Cameroonians'] },
  { name: 'Central African Republic', aliases: [], demonyms: [] },
  { name: 'Equatorial Guinea', aliases: [], demonyms: [] },
  { name: 'Gabon', aliases: [], demonyms: ['Gabonese'] },
  { name: 'Republic of the Congo', aliases: ['Congo-Brazzaville'], demonyms: [] },
  { name: 'Democratic Republic of the Congo', aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo'], demonyms: ['Congolese'] },
  { name: 'South Sudan', aliases: [], demonyms: ['South Sudanese'] },
  { name: 'Eritrea', aliases: [], demonyms: ['Eritrean', 'Eritreans'] },
  { name: 'Djibouti', aliases: [], demonyms: ['Djiboutian'] },
  { name: 'Somalia', aliases: [], demonyms: ['Somali', 'Somalis'] },
  { name: 'Uganda', aliases: [], demonyms: ['Ugandan', 'Ugandans'] },
  { name: 'Rwanda', aliases: [], demonyms: ['Rwandan', 'Rwandans'] },
  { name: 'Burundi', aliases: [], demonyms: ['Burundian', 'Burundians'] },
  { name: 'Tanzania', aliases: [], demonyms: ['Tanzanian', 'Tanzanians'] },
  { name: 'Mozambique', aliases: [], demonyms: ['Mozambican', 'Mozambicans'] },
  { name: 'Malawi', aliases: [], demonyms: ['Malawian', 'Malawians'] },
  { name: 'Zambia', aliases: [], demonyms: ['Zambian', 'Zambians'] },
  { name: 'Zimbabwe', aliases: [], demonyms: ['Zimbabwean', 'Zimbabweans'] },
  { name: 'Botswana', aliases: [], demonyms: ['Botswanan'] },
  { name: 'Namibia', aliases: [], demonyms: ['Namibian', 'Namibians'] },
  { name: 'Angola', aliases: [], demonyms: ['Angolan', 'Angolans'] },
  { name: 'Lesotho', aliases: [], demonyms: [] },
  { name: 'Eswatini', aliases: ['Swaziland'], demonyms: ['Swazi'] },
  { name: 'Madagascar', aliases: [], demonyms: ['Malagasy'] },
  { name: 'Mauritius', aliases: [], demonyms: ['Mauritian', 'Mauritians'] },
  { name: 'Comoros', aliases: [], demonyms: [] },
  { name: 'Seychelles', aliases: [], demonyms: [] },
  { name: 'Cape Verde', aliases: ['Cabo Verde'], demonyms: ['Cape Verdean'] },
  { name: 'Sao Tome and Principe', aliases: [], demonyms: [] },
  { name: 'Ecuador', aliases: [], demonyms: ['Ecuadorian', 'Ecuadorians'] },
  { name: 'Bolivia', aliases: [], demonyms: ['Bolivian', 'Bolivians'] },
  { name: 'Paraguay', aliases: [], demonyms: ['Paraguayan', 'Paraguayans'] },
  { name: 'Uruguay', aliases: [], demonyms: ['Uruguayan', 'Uruguayans'] },
  { name: 'Guyana', aliases: [], demonyms: ['Guyanese'] },
  { name: 'Suriname', aliases: [], demonyms: ['Surinamese'] },
  { name: 'Panama', aliases: [], demonyms: ['Panamanian', 'Panamanians'] },
  { name: 'Costa Rica', aliases: [], demonyms: ['Costa Rican', 'Costa Ricans'] },
  { name: 'Belize', aliases: [], demonyms: ['Belizean'] },
  { name: 'Dominican Republic', aliases: [], demonyms: ['Dominicans'] },
  { name: 'Jamaica', aliases: [], demonyms: ['Jamaican', 'Jamaicans'] },
  { name: 'Trinidad and Tobago', aliases: ['Trinidad'], demonyms: ['Trinidadian'] },
  { name: 'Bahamas', aliases: [], demonyms: ['Bahamian', 'Bahamians'] },
  { name: 'Barbados', aliases: [], demonyms: ['Barbadian'] },
  { name: 'Grenada', aliases: [], demonyms: [] },
  { name: 'Saint Lucia', aliases: [], demonyms: [] },
  { name: 'Antigua and Barbuda', aliases: [], demonyms: [] },
  { name: 'Saint Kitts and Nevis', aliases: [], demonyms: [] },
  { name: 'Saint Vincent and the Grenadines', aliases: [], demonyms: [] },
  { name: 'Dominica', aliases: [], demonyms: [] },
];

/** Organisations known by one name or acronym. */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  'Congress', 'Senate', 'Pentagon', 'Kremlin', 'White House', 'Supreme Court', 'Democrats', 'Republicans', 'GOP',
  'NATO', 'EU', 'European Union', 'UN', 'United Nations', 'WHO', 'World Health Organization', 'FBI', 'CIA', 'NSA',
  'CDC', 'FDA', 'NIH', 'IRS', 'EPA', 'DOJ', 'DHS', 'ICE', 'IMF', 'World Bank', 'WTO', 'OPEC', 'G7', 'G20', 'Fed',
  'Federal Reserve', 'Treasury', 'Hamas', 'Hezbollah', 'Taliban', 'ISIS', 'Reuters', 'AP', 'CNN', 'Fox News', 'BBC',
  'NPR', 'Netflix', 'Google', 'Apple', 'Amazon', 'Microsoft', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'Pfizer',
  'Moderna', 'Truth Social', 'Census Bureau', 'Parliament', 'Labour', 'Tories', 'USA Today', 'Associated Press',
  'Bloomberg', 'Politico', 'Axios', 'Breitbart', 'HuffPost', 'MSNBC', 'NBC', 'CBS', 'ABC', 'Al Jazeera', 'WikiLeaks',
  'YouTube', 'Instagram', 'TikTok',
];

/** Words that make a capitalised name an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'dept.', 'court', 'house', 'senate', 'congress', 'parliament', 'party', 'bank', 'inc.',
  'inc', 'corp.', 'corp', 'co.', 'ltd', 'ltd.', 'llc', 'company', 'university', 'college', 'school', 'agency',
  'administration', 'commission', 'council', 'committee', 'bureau', 'association', 'union', 'organization',
  'organisation', 'foundation', 'institute', 'times', 'post', 'news', 'journal', 'network', 'press', 'service',
  'office', 'authority', 'board', 'fund', 'group', 'federation', 'assembly', 'army', 'navy', 'police', 'guard',
  'media', 'treasury', 'airlines', 'motors', 'technologies', 'systems', 'holdings', 'reserve', 'forces', 'corps',
  'coalition', 'alliance', 'campaign', 'caucus', 'cabinet', 'legislature', 'government', 'regime', 'tribunal',
  'center', 'centre', 'hospital', 'church', 'club', 'league', 'port', 'program', 'programme', 'initiative',
  'project', 'court', 'circuit', 'commission', 'experience', 'show', 'podcast', 'studies', 'affairs', 'research',
]);

/** Title nouns that head a descriptor in front of a person's name ("Treasury Secretary", "Chinese leader"): the role
 * words (lexicon/roles.ts), their abbreviations with a full stop, and other nouns for people. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  ...[...ROLE_ABBREVIATIONS].map((a) => `${a}.`),
  'gen.', 'official', 'aide', 'envoy', 'host', 'comedian', 'actor', 'actress', 'singer', 'star', 'rapper', 'prof.',
  'author', 'journalist', 'reporter', 'candidate', 'nominee', 'activist', 'billionaire', 'emperor', 'dictator',
  'strongman', 'tycoon', 'mogul', 'boss', 'coach', 'commander', 'colonel', 'col.', 'lt.', 'sgt.', 'doctor',
  'scientist', 'epidemiologist', 'delegate', 'councilman', 'councilwoman', 'legislator', 'monarch', 'sultan',
  'ayatollah', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'crown', 'heir', 'owner', 'player',
  'quarterback', 'manager', 'head', 'mp', 'pm', 'whip', 'majority', 'minority', 'hopeful', 'challenger', 'incumbent',
  'strategist', 'pollster', 'councillor', 'councilor', 'commentator', 'anchor', 'columnist', 'producer', 'investor',
  'entrepreneur', 'magnate',
]);

/** Words that may sit in a descriptor without heading it ("former", "Trade", "Democratic"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'then', 'ex', 'late', 'acting', 'deputy', 'top', 'senior', 'chief', 'vice', 'assistant', 'first',
  'prime', 'foreign', 'defense', 'defence', 'state', 'treasury', 'commerce', 'trade', 'health', 'homeland',
  'security', 'interior', 'energy', 'education', 'labor', 'labour', 'agriculture', 'transportation', 'justice',
  'finance', 'economy', 'national', 'federal', 'general', 'supreme', 'press', 'white', 'house', 'democratic',
  'republican', 'gop', 'conservative', 'liberal', 'progressive', 'independent', 'party', 'senate', 'majority',
  'minority', 'incoming', 'outgoing', 'embattled', 'disgraced', 'controversial', 'longtime', 'veteran',
  'embattled', 'powerful', 'beleaguered', 'twice-impeached', 'of', 'the', 'u.s.', 'us', 'un', 'eu', 'nato',
  'white', 'county', 'city', 'district', 'circuit', 'appeals', 'court', 'new', 'york', 'texas', 'california',
  'florida', 'district', 'special', 'staff', 'joint', 'chiefs', 'affairs', 'human', 'services', 'veterans',
  'fed', 'reserve', 'democrat', 'republican', 'conservative', 'far-right', 'far-left', 'hardline', 'hard-line',
  'right-wing', 'left-wing', 'populist', 'nationalist', 'socialist', 'communist', 'lady',
]);

/** Honorifics: stripped from names, not kept as descriptors. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'mx.', 'mr', 'mrs', 'ms', 'sir', 'dame']);

/** Calendar words (and the pandemic's name): capitalised, never part of an actor's name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'covid', 'christmas', 'easter',
  'thanksgiving',
]);

/** Weekday names: unlike months ("Theresa May"), never a surname, even after a capitalised word ("State Dinner Tuesday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Capitalised words that are not names when they open a sentence. */
export const NON_NAME_OPENERS: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS, 'i', 'ok',
  'okay', 'yes', 'no', 'mr.', 'mrs.', 'ms.', 'according', 'despite', 'meanwhile', 'however', 'instead', 'still',
  'while', 'although', 'though', 'after', 'before', 'during', 'since', 'until', 'amid', 'following', 'related',
  'read', 'more', 'watch', 'click', 'share', 'updated', 'published', 'photo', 'video', 'key', 'breaking',
  'exclusive', 'analysis', 'opinion', 'editorial', 'perspectives', 'many', 'some', 'most', 'several', 'few',
  'both', 'each', 'every', 'all', 'any', 'another', 'other', 'such', 'even', 'just', 'also', 'today', 'tonight',
  'yesterday', 'tomorrow', 'here', 'there', 'now', 'then', 'yet', 'so', 'thus', 'indeed', 'overall', 'again',
  'rather', 'perhaps', 'maybe', 'last', 'next', 'first', 'second', 'third', 'new', 'old',
]);

/** Lower-case particles inside personal names: "Mohammed bin Salman", "Charles de Gaulle", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'del', 'dos', 'das', 'ter',
]);

/** Last words of places and buildings named after people ("Trump Tower", "Lincoln Memorial"): not persons. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'tower', 'towers', 'building', 'hotel', 'plaza', 'hall', 'square', 'street', 'avenue', 'boulevard', 'road',
  'airport', 'stadium', 'arena', 'bridge', 'park', 'palace', 'castle', 'resort', 'casino', 'station', 'memorial',
  'library', 'museum', 'estate', 'ranch', 'lawn', 'garden', 'gardens', 'island', 'river', 'lake', 'mountain',
  'valley', 'village', 'doctrine', 'era',
]);

/**
 * Adjectives of a region, a people beyond one country or a faith ("European allies", "Arab states", "Muslim
 * countries"): before a lower-case word they describe it, and name no actor of their own.
 */
export const REGIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'european', 'african', 'asian', 'arab', 'western', 'eastern', 'northern', 'southern', 'scandinavian', 'nordic',
  'baltic', 'balkan', 'caribbean', 'pacific', 'atlantic', 'transatlantic', 'mediterranean', 'latin', 'gulf',
  'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'evangelical', 'islamic', 'hindu', 'buddhist', 'sunni', 'shiite',
]);

/** Points of the compass that, after "the", name a country the article names in full ("the North" for North Korea). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/**
 * The states of the United States (and the District of Columbia), each with the abbreviations news style writes
 * after a lawmaker's party ("D-Ariz.", "R-W.Va."): the traditional ones of the GPO Style Manual and their AP forms.
 */
export const US_STATES: readonly { name: string; abbreviations: string[] }[] = [
  ['Alabama', 'Ala.'], ['Alaska'], ['Arizona', 'Ariz.'], ['Arkansas', 'Ark.'], ['California', 'Calif.'], ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'], ['Delaware', 'Del.'], ['District of Columbia', 'D.C.'], ['Florida', 'Fla.'], ['Georgia', 'Ga.'],
  ['Hawaii'], ['Idaho'], ['Illinois', 'Ill.'], ['Indiana', 'Ind.'], ['Iowa'], ['Kansas', 'Kan.', 'Kans.'], ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'], ['Maine'], ['Maryland', 'Md.'], ['Massachusetts', 'Mass.'], ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'],
  ['Mississippi', 'Miss.'], ['Missouri', 'Mo.'], ['Montana', 'Mont.'], ['Nebraska', 'Neb.', 'Nebr.'], ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'], ['New Jersey', 'N.J.'], ['New Mexico', 'N.M.', 'N. Mex.'], ['New York', 'N.Y.'], ['North Carolina', 'N.C.'],
  ['North Dakota', 'N.D.', 'N. Dak.'], ['Ohio'], ['Oklahoma', 'Okla.'], ['Oregon', 'Ore.', 'Oreg.'], ['Pennsylvania', 'Pa.'],
  ['Rhode Island', 'R.I.'], ['South Carolina', 'S.C.'], ['South Dakota', 'S.D.', 'S. Dak.'], ['Tennessee', 'Tenn.'], ['Texas', 'Tex.'],
  ['Utah'], ['Vermont', 'Vt.'], ['Virginia', 'Va.'], ['Washington', 'Wash.'], ['West Virginia', 'W.Va.', 'W. Va.'],
  ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.'],
].map(([name, ...abbreviations]) => ({ name: name!, abbreviations }));

/** Honorifics and title heads that say a person is a woman. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set([
  'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'chairwoman', 'congresswoman',
  'spokeswoman', 'councilwoman', 'actress', 'empress', 'duchess', 'countess', 'wife', 'mother', 'daughter', 'sister',
  'widow', 'businesswoman', 'sportswoman',
]);

/** Honorifics and title heads that say a person is a man. */
export const MALE_WORDS: ReadonlySet<string> = new Set([
  'mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'chairman', 'congressman', 'spokesman', 'councilman', 'emperor',
  'duke', 'count', 'husband', 'father', 'son', 'brother', 'widower', 'businessman', 'sportsman',
]);

/** Title heads that fit many offices, so they never tell two people apart ("Chinese leader" vs "President"). */
export const GENERIC_TITLE_HEADS: ReadonlySet<string> = new Set([
  'leader', 'official', 'chief', 'head', 'boss', 'executive', 'aide', 'adviser', 'advisor', 'star', 'host', 'owner',
]);

/** Heads that name whoever rules a country: "the dictator" may be the one another outlet calls "the president". */
export const RULER_HEADS: ReadonlySet<string> = new Set([
  'leader', 'dictator', 'strongman', 'despot', 'tyrant', 'autocrat', 'ruler', 'president', 'premier', 'chairman',
  'king', 'monarch', 'emperor',
]);

/** Title heads too vague to pick one person as a nominal mention ("the official", "the host"). */
export const VAGUE_TITLE_HEADS: ReadonlySet<string> = new Set([
  'official', 'aide', 'adviser', 'advisor', 'star', 'host', 'owner', 'head', 'chief', 'executive', 'boss', 'general',
  'deputy', 'vice', 'majority', 'minority', 'crown', 'heir', 'player', 'director',
]);

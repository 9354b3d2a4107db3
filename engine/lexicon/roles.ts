/** Offices and roles that name a person in a fact ("Treasury Secretary Bessent"), and the words around them. */

/** Role titles as lower-cased words, abbreviations without their full stop ("sen", "gov"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'secretary', 'representative', 'president', 'minister', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor',
  'judge', 'justice', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'commissioner', 'ambassador',
  'speaker', 'spokesperson', 'spokesman', 'spokeswoman', 'lady', 'king', 'queen', 'prince', 'princess', 'pope',
  'general', 'chancellor', 'premier', 'dr', 'sheriff', 'chief', 'counsel', 'adviser', 'advisor', 'administrator',
  'leader', 'attorney', 'officer', 'prosecutor', 'deputy', 'vice', 'lawmaker', 'congressman', 'congresswoman',
  'founder', 'executive', 'surgeon', 'analyst', 'economist', 'professor',
]);

/** Nouns that name a person without a title ("a remarkable man", "an esteemed general"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'person', 'people', 'figure', 'statesman', 'stateswoman', 'soldier', 'politician', 'official',
  'activist', 'hero', 'citizen', 'worker', 'mother', 'father', 'husband', 'wife', 'son', 'daughter', 'friend', 'ally',
  'candidate', 'player', 'coach', 'artist', 'writer', 'scientist', 'doctor', 'nurse', 'teacher', 'veteran', 'american',
]);

/** Person nouns that also name groups or countries ("Israel, a close ally,"): not enough to make an appositive's name a person. */
export const NOT_APPOSITIVE_HEADS: ReadonlySet<string> = new Set(['people', 'ally', 'friend', 'american', 'figure', 'citizen', 'veteran']);

/** Role abbreviations that are written with a full stop ("Sen.", "Gov."). */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['sen', 'rep', 'gov', 'dr']);

/** Abbreviated titles and the head word of the title they stand for ("PM" is a "Prime Minister"), lower case, without a full stop. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['pm', 'minister'], ['mp', 'member'], ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'],
  ['lt', 'lieutenant'], ['col', 'colonel'], ['sgt', 'sergeant'], ['capt', 'captain'], ['adm', 'admiral'], ['amb', 'ambassador'],
  ['atty', 'attorney'], ['sec', 'secretary'], ['pres', 'president'], ['supt', 'superintendent'], ['dr', 'doctor'], ['ceo', 'executive'],
]);

/** Forms of one title that differ only in spelling or in the holder's sex ("chairman", "chairwoman", "chair"), to one form. */
export const TITLE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['advisor', 'adviser'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['congressman', 'congressmember'], ['congresswoman', 'congressmember'],
  ['councilman', 'councillor'], ['councilwoman', 'councillor'], ['councilor', 'councillor'], ['councilmember', 'councillor'],
]);

/** Words before a role that date it or qualify it ("former President", "acting Director"). */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set(['former', 'then', 'acting', 'late', 'ex', 'outgoing', 'incoming']);

/** Words of a capitalised run that are never part of a person's name after a role: institutions, function words, weekdays. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'department', 'dept', 'ministry', 'committee', 'court', 'house', 'office', 'agency', 'administration',
  'council', 'commission', 'bureau', 'service', 'party', 'senate', 'congress', 'board', 'association',
  'university', 'bank', 'fund', 'organization', 'organisation', 'company', 'inc', 'corp', 'group', 'forces',
  'staff', 'chiefs', 'cabinet', 'security', 'affairs', 'state', 'states',
  'the', 'a', 'an', 'and', 'of', 'on', 'in', 'said', 'says', 'who', 'has', 'was', 'is', 'will', 'u.s', 'u.s.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** "former" or "ex-" among the three words before a name or a title ("her former port chairman …"). */
export const FORMER_BEFORE = /\b(?:former|ex-)\s*(?:[\p{L}.'’-]+\s){0,3}$/iu;

/**
 * Short forms of English given names (hand-curated for Parallax, MIT; see SOURCES.md): "Rick" for Richard, "Rudy"
 * for Rudolph. Hand-written because no package on the npm registry ships a permissively licensed nickname list.
 */

/** Each formal given name with its common short forms, lower case. */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  abraham: ['abe'],
  albert: ['al', 'bert'],
  alexander: ['alex', 'sandy'],
  alexandra: ['alex', 'sandra', 'sandy'],
  alfred: ['al', 'alf', 'fred'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  barbara: ['barb', 'babs'],
  benjamin: ['ben', 'benny'],
  bernard: ['bernie'],
  catherine: ['cathy', 'kate', 'katie', 'cate'],
  charles: ['charlie', 'chuck', 'chas'],
  christine: ['chris', 'chrissy'],
  christopher: ['chris', 'kit'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey'],
  deborah: ['debbie', 'deb', 'debra'],
  donald: ['don', 'donnie'],
  douglas: ['doug'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betsy', 'betty', 'lizzie', 'eliza'],
  eugene: ['gene'],
  frederick: ['fred', 'freddie'],
  gerald: ['gerry', 'jerry'],
  gregory: ['greg'],
  harold: ['harry', 'hal'],
  henry: ['hank', 'harry'],
  jacob: ['jake'],
  james: ['jim', 'jimmy', 'jamie'],
  jeffrey: ['jeff'],
  jennifer: ['jen', 'jenny'],
  john: ['jack', 'johnny'],
  jonathan: ['jon'],
  joseph: ['joe', 'joey'],
  joshua: ['josh'],
  katherine: ['kate', 'katie', 'kathy', 'kat'],
  kathleen: ['kathy', 'kate'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  margaret: ['maggie', 'meg', 'peggy', 'marge'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey'],
  mitchell: ['mitch'],
  nathaniel: ['nate', 'nat'],
  nicholas: ['nick', 'nicky'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  philip: ['phil'],
  rebecca: ['becky', 'becca'],
  richard: ['rick', 'ricky', 'rich', 'richie', 'dick'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  rudolph: ['rudy', 'rudi'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  victoria: ['vicky', 'tori'],
  vincent: ['vince', 'vinny'],
  walter: ['walt'],
  william: ['bill', 'billy', 'will', 'willie', 'liam'],
  zachary: ['zach', 'zack'],
};

/** For each given name, formal or short, the formal names it may stand for (a formal name stands for itself). */
export const FORMAL_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [formal, shorts] of Object.entries(FORMS)) {
    for (const name of [formal, ...shorts]) (out.get(name) ?? out.set(name, []).get(name)!).push(formal);
  }
  return out;
})();

/** Words that tell sentence boundaries apart: abbreviations that take a full stop, and words that often start a sentence. */
import { STOP_WORDS } from './stop-words';

/** Abbreviations written with a full stop that does not end the sentence (sbd's `abbreviations` option). */
export const ABBREVIATIONS: readonly string[] = [
  'al', 'adj', 'assn', 'Ave', 'BSc', 'MSc', 'Co', 'Corp', 'Dem', 'Dept', 'ed', 'eg', 'est', 'etc', 'Fig', 'fig',
  'i.e', 'ie', 'Inc', 'inc', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'jr', 'Jr', 'Sr', 'sr', 'Miss', 'Mrs', 'Mr', 'Ms', 'Mx', 'no', 'No', 'Nos', 'PhD', 'MD', 'pp', 'Prof',
  'Dr', 'Ref', 'Rep', 'Reps', 'Sen', 'Sens', 'Gov', 'Lt', 'Maj', 'Capt', 'Sgt', 'Col', 'Gen', 'Adm', 'Cmdr',
  'Supt', 'St', 'Rev', 'Hon', 'Pres', 'Sec', 'vs', 'v', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs',
  'Fri', 'Sat', 'Sun', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn',
  'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'approx', 'Univ', 'Mt', 'Ft',
];

/** Capitalised words that often open a sentence, so they do not continue one after "U.S.". */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  'according', 'although', 'among', 'another', 'despite', 'meanwhile', 'instead', 'still', 'yet', 'even', 'many',
  'several', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'officials', 'critics', 'experts',
  'analysts', 'some', 'one', 'two', 'three', 'asked', 'since', 'given', 'unlike', 'like', 'overall',
]);

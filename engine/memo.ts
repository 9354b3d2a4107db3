/** Answers kept per word for the life of the engine, forgotten all at once past MEMO_LIMIT words. */

/** Words whose answers a memo keeps before it forgets them all: a long session's vocabulary many times over. */
export const MEMO_LIMIT = 50_000;

/**
 * `answer`, with its answers kept by key (news text repeats its words, and each word is asked about again and
 * again), forgotten all at once past `limit` keys. An answer may be undefined or null: it is kept too.
 */
export function memoized<V>(answer: (key: string) => V, limit = MEMO_LIMIT): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      if (kept.size >= limit) kept.clear();
      value = answer(key);
      kept.set(key, value);
    }
    return value as V;
  };
}

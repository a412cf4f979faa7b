import { distance } from 'fastest-levenshtein';
import type { Knex } from 'knex';
import { isPostgres } from './search-database';
import { isCorrectableWord } from './words';

const trigramIndexPresent = new WeakMap<Knex, Promise<boolean>>();

/** Whether pg_trgm and its index on search_terms exist (the migration creates them when it may). */
const hasTrigramIndex = (db: Knex) => {
  if (!trigramIndexPresent.has(db)) {
    trigramIndexPresent.set(
      db,
      isPostgres(db)
        ? db.raw(`SELECT 1 FROM pg_indexes WHERE indexname = 'search_terms_trgm'`).then(({ rows }) => rows.length > 0)
        : Promise.resolve(false)
    );
  }
  return trigramIndexPresent.get(db)!;
};

// Short words tolerate one slip, longer ones two: "shin" must not become "skin" twice over.
const allowedDistance = (word: string) => (word.length <= 4 ? 1 : 2);

const candidatesFor = async (db: Knex, word: string): Promise<string[]> => {
  if (await hasTrigramIndex(db)) {
    const { rows } = await db.raw(`SELECT term FROM search_terms WHERE term % ? ORDER BY similarity(term, ?) DESC LIMIT 25`, [word, word]);
    return rows.map((row: { term: string }) => row.term);
  }
  const max = allowedDistance(word);
  const rows: Array<{ term: string }> = await db('search_terms')
    .select('term')
    .whereRaw('length(term) BETWEEN ? AND ?', [word.length - max, word.length + max]);
  return rows.map((row) => row.term);
};

const closestTerm = (word: string, candidates: string[]) => {
  let best: { term: string; distance: number } | undefined;
  for (const term of candidates) {
    const apart = distance(word, term);
    if (apart === 0) return word;
    if (apart <= allowedDistance(word) && (!best || apart < best.distance || (apart === best.distance && term < best.term))) {
      best = { term, distance: apart };
    }
  }
  return best?.term;
};

/**
 * The query with every word the index has never seen replaced by the closest word it has, or
 * undefined when nothing could be corrected. Numbers and very short words are left as typed.
 */
export const correctedWords = async (db: Knex, words: string[]): Promise<string[] | undefined> => {
  let changed = false;
  const corrected: string[] = [];
  for (const word of words) {
    const known = !isCorrectableWord(word) || (await db('search_terms').where({ term: word }).first());
    const replacement = known ? undefined : closestTerm(word, await candidatesFor(db, word));
    changed ||= Boolean(replacement && replacement !== word);
    corrected.push(replacement ?? word);
  }
  return changed ? corrected : undefined;
};

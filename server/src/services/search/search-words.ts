import { z } from 'zod';
import { placeKindSchema, type PlaceKind } from '@ccs/shared/services/service-schemas';
import { searchWordsFile } from '@ccs/shared/services/search-words-file';

/**
 * The words search reads besides the list itself, from `shared/service-lists/search-words.json` (its format in
 * that folder's README): synonym groups, words jieba keeps whole, stop words dropped from a question, and the
 * words that ask for a kind of place. Data, so a county extends them without touching code.
 */
const wordSchema = z.string().trim().min(1).max(20);
const searchWordsFileSchema = z.object({
  $comment: z.string().optional(),
  synonymGroups: z.array(z.array(wordSchema).min(2)),
  domainWords: z.array(wordSchema),
  stopWords: z.array(wordSchema),
  placeWords: z.partialRecord(placeKindSchema, z.array(wordSchema).min(1)),
});

const words = searchWordsFileSchema.parse(searchWordsFile);

const groupsOf = new Map<string, Set<string>>();
for (const group of words.synonymGroups) {
  for (const word of group) {
    const others = groupsOf.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) others.add(other);
    groupsOf.set(word, others);
  }
}

const placeKindsOf = new Map<string, PlaceKind[]>();
for (const [kind, list] of Object.entries(words.placeWords) as [PlaceKind, string[]][]) {
  for (const word of list) placeKindsOf.set(word, [...(placeKindsOf.get(word) ?? []), kind]);
}

export const searchWords = {
  /** Words jieba should keep whole: the domain's terms, every synonym and every place word. */
  domainWords: [...new Set([...words.domainWords, ...words.synonymGroups.flat(), ...placeKindsOf.keys()])] as readonly string[],
  stopWords: new Set(words.stopWords) as ReadonlySet<string>,
  /** The other words of every group `word` belongs to. */
  synonymsOf: (word: string): string[] => [...(groupsOf.get(word) ?? [])],
  /** The kinds of place a word asks for (医院 → 明天计划定点医院), none for most words. */
  placeKindsOf: (word: string): readonly PlaceKind[] => placeKindsOf.get(word) ?? [],
  /** Every word that asks for a place, for pinyin and typo matching. */
  placeWords: [...placeKindsOf.keys()] as readonly string[],
};

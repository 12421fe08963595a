import { distance } from 'fastest-levenshtein';
import { serviceCategoryLabels, type ListedServiceItem, type PlaceKind, type ServiceSearchHit } from '@ccs/shared/services/service-schemas';
import { waysToAct } from '@ccs/shared/services/ways-to-act';
import { hasHan, indexWords, normalise, pinyinOf, queryWords } from './chinese-text';
import { searchWords } from './search-words';

/**
 * Search over one composed list, in memory. A query becomes concepts (a word and the words that mean the
 * same, sound the same or are one slip of the finger away); an item scores, per concept, the best place one
 * of its words appears: the title above the item's purpose above the questions it answers above the keywords
 * above the category above the rest of the text. Pinyin, full or initials, is first turned back into the
 * Chinese words of the list that sound so (dibao → 低保, db → 低保), then searched as Chinese. Hits far
 * below the best are dropped, and equal scores put first the item the family can act on now: one with a way to act,
 * then one handled where it lives.
 */

/** What a word is worth where it is found. */
const FIELD = { title: 100, purpose: 90, question: 80, keywordExact: 70, keyword: 60, category: 30, body: 20 } as const;
/** How much an alternative of a concept is worth against the word typed. */
const FACTOR = {
  typed: 1,
  synonym: 0.8,
  part: 0.6,
  pinyin: 0.95,
  initialsDomain: 0.9,
  initials: 0.6,
  pinyinPrefix: 0.7,
  /** 医报 for 医保: a word that sounds like a word of the list (pinyin input picked the wrong character). */
  homophone: 0.9,
  /** One character wrong, missing or extra (两项补帖 → 两项补贴); two in a long word. */
  typo: 0.7,
  /** Pinyin one letter off or two swapped (yibo, yiboa → yibao). */
  pinyinTypo: 0.7,
} as const;
/** At most this much more for a title hit, by the share of the title the word makes up. */
const TITLE_SHARE = 10;
/** Added when the whole query appears in the title, the purpose or one of the questions. */
const WHOLE_QUERY = 30;
/** A hit is shown only with at least this score (a word typed, found in the text) and this share of the best hit's score. */
const MIN_SCORE = 19;
const MIN_SHARE_OF_BEST = 0.3;

interface Alternative {
  word: string;
  factor: number;
}
type Concept = Alternative[];

interface IndexedItem {
  item: ListedServiceItem;
  order: number;
  title: string;
  titleLength: number;
  purpose: string;
  questions: string[];
  keywords: string[];
  category: string;
  body: string;
  hotline: string;
  /** A phone, a place or an in-app step: ties go to these, then to what is handled where the family lives. */
  actionable: boolean;
  handledHere: boolean;
}

export interface ServiceSearchIndex {
  /** The items indexed, in list order. */
  readonly size: number;
  /**
   * The items that answer a query, best first, and the kinds of place it asks for (儿童之家, 救助站, 医院), so the
   * places themselves can be shown.
   */
  find(query: string, limit?: number): { hits: ServiceSearchHit[]; placeKinds: PlaceKind[] };
  search(query: string, limit?: number): ServiceSearchHit[];
}

const domain = new Set(searchWords.domainWords);
const length = (word: string) => [...word].length;

/** How many characters a word of this length may have wrong and still be found. */
const allowedTypos = (chars: number) => (chars >= 5 ? 2 : chars >= 3 ? 1 : 0);

export function buildServiceSearchIndex(items: readonly ListedServiceItem[]): ServiceSearchIndex {
  const indexed: IndexedItem[] = items.map((item, order) => ({
    item,
    order,
    title: normalise(item.title),
    titleLength: length(normalise(item.title)),
    purpose: normalise(item.purpose ?? ''),
    questions: (item.questions ?? []).map(normalise),
    keywords: item.keywords.map(normalise),
    category: serviceCategoryLabels[item.category],
    body: normalise([item.forWhom, item.gives, item.howToApply, item.department, item.crossRegion ?? '', ...item.documents].join('\n')),
    hotline: item.hotline ?? '',
    actionable: waysToAct(item).length > 0,
    handledHere: item.handledAt === 'residence',
  }));

  // The vocabulary pinyin and typos are resolved against: every Han word of two or more characters in the
  // list, the keywords whole, and the domain, synonym and place words.
  const vocabulary = new Set<string>(searchWords.domainWords);
  for (const entry of indexed) {
    for (const text of [entry.title, entry.purpose, entry.category, entry.body, ...entry.questions, ...entry.keywords]) {
      for (const word of indexWords(text)) vocabulary.add(word);
    }
    for (const keyword of entry.keywords) if (hasHan(keyword)) vocabulary.add(keyword);
  }
  const byFull = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  const hanWords: { word: string; chars: number; full: string }[] = [];
  for (const word of vocabulary) {
    if (length(word) < 2) continue;
    const { full, initials } = pinyinOf(word);
    if (!/^[a-z]+$/.test(full)) continue;
    hanWords.push({ word, chars: length(word), full });
    (byFull.get(full) ?? byFull.set(full, []).get(full)!).push(word);
    (byInitials.get(initials) ?? byInitials.set(initials, []).get(initials)!).push(word);
  }
  const fullKeys = [...byFull.keys()].sort();

  function fieldScore(entry: IndexedItem, word: string): number {
    // Within title hits, the more of the title the word is, the better: 低保 finds 低保、特困供养 before 特殊困难补助金（农村低保家庭…）.
    if (entry.title.includes(word)) return FIELD.title + (TITLE_SHARE * length(word)) / entry.titleLength;
    if (entry.purpose.includes(word)) return FIELD.purpose;
    if (entry.questions.some((question) => question.includes(word))) return FIELD.question;
    if (entry.keywords.includes(word) || entry.hotline === word) return FIELD.keywordExact;
    if (entry.keywords.some((keyword) => keyword.includes(word))) return FIELD.keyword;
    if (entry.category.includes(word)) return FIELD.category;
    if (entry.body.includes(word) || entry.hotline.includes(word)) return FIELD.body;
    return 0;
  }

  const appearsAnywhere = (word: string) => indexed.some((entry) => fieldScore(entry, word) > 0);

  const withSynonyms = (alternatives: Alternative[]): Concept =>
    alternatives.flatMap((alt) => [alt, ...searchWords.synonymsOf(alt.word).map((word) => ({ word, factor: alt.factor * FACTOR.synonym }))]);

  /**
   * Words of the list a word not found may have been meant as: those that sound the same (pinyin input
   * picked the wrong character), then those one or two characters away, or two characters one pinyin letter off.
   */
  function nearWords(word: string): Alternative[] {
    const chars = length(word);
    const { full } = pinyinOf(word);
    const near = new Map<string, number>();
    const offer = (candidate: string, factor: number) => near.set(candidate, Math.max(near.get(candidate) ?? 0, factor));
    for (const candidate of byFull.get(full) ?? []) if (length(candidate) === chars) offer(candidate, FACTOR.homophone);
    const typos = allowedTypos(chars);
    for (const { word: candidate, chars: candidateChars, full: sound } of hanWords) {
      const gap = Math.abs(candidateChars - chars);
      if (gap > 1 || candidate === word) continue;
      const edits = distance(candidate, word);
      if (typos > 0 && edits <= typos) offer(candidate, FACTOR.typo * (edits === 1 ? 1 : 0.8));
      else if (chars === 2 && gap === 0 && edits === 1 && distance(sound, full) <= 1) offer(candidate, FACTOR.typo);
    }
    return [...near].map(([candidate, factor]) => ({ word: candidate, factor }));
  }

  /**
   * A Chinese word as typed, with its synonyms; an unknown compound also by its parts; a word found nowhere,
   * and without parts that are, by the words it is near.
   */
  function hanConcept(word: string, factor: number = FACTOR.typed, whole = true): Concept {
    const concept: Concept = withSynonyms([{ word, factor }]);
    if (appearsAnywhere(word) || searchWords.synonymsOf(word).length > 0) return concept;
    if (length(word) >= 3) {
      for (const part of indexWords(word)) {
        if (part !== word && length(part) >= 2) concept.push(...hanConcept(part, factor * FACTOR.part, false));
      }
    }
    if (whole && concept.length === 1) concept.push(...withSynonyms(nearWords(word)));
    return concept;
  }

  /** Splits run-together pinyin into words of the list (guerbutie → 孤儿 补贴), fewest pieces first. */
  function segmentPinyin(letters: string): string[] | null {
    const best: (string[] | null)[] = Array.from({ length: letters.length + 1 }, () => null);
    best[0] = [];
    for (let end = 1; end <= letters.length; end += 1) {
      for (let start = 0; start < end; start += 1) {
        const before = best[start];
        const piece = letters.slice(start, end);
        if (!before || piece.length < 2 || !byFull.has(piece)) continue;
        if (!best[end] || best[end]!.length > before.length + 1) best[end] = [...before, piece];
      }
    }
    return best[letters.length] ?? null;
  }

  /** Letters typed as pinyin, back to the words of the list they may stand for. */
  function pinyinConcepts(letters: string): Concept[] {
    const concept: Alternative[] = (byFull.get(letters) ?? []).map((word) => ({ word, factor: FACTOR.pinyin }));
    if (letters.length >= 2) {
      for (const word of byInitials.get(letters) ?? []) {
        if (length(word) === letters.length) concept.push({ word, factor: domain.has(word) ? FACTOR.initialsDomain : FACTOR.initials });
      }
    }
    if (concept.length > 0) return [withSynonyms(concept)];
    const pieces = segmentPinyin(letters);
    if (pieces && pieces.length > 1) return pieces.map((piece) => withSynonyms(byFull.get(piece)!.map((word) => ({ word, factor: FACTOR.pinyin }))));
    if (letters.length >= 3) {
      const prefixed = fullKeys.filter((key) => key.startsWith(letters)).slice(0, 20);
      const words = prefixed.flatMap((key) => byFull.get(key)!.map((word) => ({ word, factor: FACTOR.pinyinPrefix })));
      if (words.length > 0) return [withSynonyms(words)];
    }
    if (letters.length >= 4) {
      const slips = letters.length >= 8 ? 2 : 1;
      // Two letters swapped (diboa, yimioa) is one slip too, though two edits.
      const swapped = new Set(Array.from({ length: letters.length - 1 }, (_, at) => letters.slice(0, at) + letters[at + 1] + letters[at] + letters.slice(at + 2)));
      const near = fullKeys.filter((key) => swapped.has(key) || (Math.abs(key.length - letters.length) <= slips && distance(key, letters) <= slips));
      const words = near.flatMap((key) => byFull.get(key)!.map((word) => ({ word, factor: FACTOR.pinyinTypo })));
      if (words.length > 0) return [withSynonyms(words)];
    }
    return [[{ word: letters, factor: FACTOR.typed }]];
  }

  /** Pinyin typed with spaces between syllables (yi bao, di bao shen qing) is read as one run. */
  function joinLetters(words: string[]): string[] {
    const joined: string[] = [];
    for (const word of words) {
      const last = joined.length - 1;
      if (/^[a-z]+$/.test(word) && last >= 0 && /^[a-z]+$/.test(joined[last]!)) joined[last] += word;
      else joined.push(word);
    }
    return joined;
  }

  function conceptsOf(query: string): Concept[] {
    const words = joinLetters(queryWords(query));
    const meaningful = words.filter((word) => !searchWords.stopWords.has(word) && !(hasHan(word) && length(word) === 1));
    // Only single characters (被打了 → 被 打 了; 医报 → 医 报): search them run together, without the particles.
    const joined = words.filter((word) => !searchWords.stopWords.has(word)).join('');
    const kept = meaningful.length > 0 ? meaningful : joined ? [joined] : [];
    const concepts = kept.flatMap((word): Concept[] => {
      if (/^[a-z]+$/.test(word)) return pinyinConcepts(word);
      if (hasHan(word)) return [hanConcept(word)];
      return [[{ word, factor: FACTOR.typed }]];
    });
    // A short query with a slip may cut into a word and loose characters (临时就助 → 临时 就 助): the whole
    // of it, near a word of the list (临时救助), counts as well.
    const whole = words.join('');
    if (/^\p{Script=Han}{3,8}$/u.test(whole) && words.length > 1 && !appearsAnywhere(whole)) {
      const near = nearWords(whole);
      if (near.length > 0) concepts.push(withSynonyms(near));
    }
    return concepts;
  }

  function find(query: string, limit = 10): { hits: ServiceSearchHit[]; placeKinds: PlaceKind[] } {
    const text = normalise(query).trim();
    const concepts = text ? conceptsOf(text) : [];
    if (concepts.length === 0) return { hits: [], placeKinds: [] };
    const whole = text.replace(/\s+/g, '');
    const scored = indexed.flatMap((entry) => {
      let score = 0;
      for (const concept of concepts) score += Math.max(0, ...concept.map((alt) => fieldScore(entry, alt.word) * alt.factor));
      if (score === 0) return [];
      if (hasHan(whole) && [entry.title, entry.purpose, ...entry.questions].some((field) => field.includes(whole))) score += WHOLE_QUERY;
      return [{ entry, score: Math.round(score * 100) / 100 }];
    });
    const best = Math.max(0, ...scored.map((hit) => hit.score));
    const hits = scored
      .filter((hit) => hit.score >= MIN_SCORE && hit.score >= best * MIN_SHARE_OF_BEST)
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.entry.actionable) - Number(a.entry.actionable) ||
          Number(b.entry.handledHere) - Number(a.entry.handledHere) ||
          a.entry.order - b.entry.order,
      )
      .slice(0, limit)
      .map(({ entry, score }) => ({ item: entry.item, score }));
    // A place word counts when typed, or read from its pinyin, initials or sound; not from a looser guess.
    const placeKinds = new Set<PlaceKind>();
    for (const concept of concepts) {
      for (const alt of concept) if (alt.factor >= FACTOR.initialsDomain) for (const kind of searchWords.placeKindsOf(alt.word)) placeKinds.add(kind);
    }
    return { hits, placeKinds: [...placeKinds] };
  }

  return { size: indexed.length, find, search: (query, limit) => find(query, limit).hits };
}

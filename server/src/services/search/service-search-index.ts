import { serviceCategoryLabels, type ListedServiceItem, type ServiceSearchHit } from '@ccs/shared/services/service-schemas';
import { hasHan, indexWords, normalise, pinyinOf, queryWords } from './chinese-text';
import { domainWords, synonymsOf } from './service-synonyms';

/**
 * Search over one composed list, in memory. A query becomes concepts (a word and the words that mean the
 * same); an item scores, per concept, the best place one of its words appears: the title above the
 * keywords above the category above the rest of the text. Pinyin, full or initials, is first turned back
 * into the Chinese words of the list that sound so (dibao → 低保, db → 低保), then searched as Chinese.
 */

/** What a word is worth where it is found. */
const FIELD = { title: 100, keywordExact: 70, keyword: 60, category: 30, body: 20 } as const;
/** How much an alternative of a concept is worth against the word typed. */
const FACTOR = { typed: 1, synonym: 0.8, part: 0.6, pinyin: 0.95, initialsDomain: 0.9, initials: 0.6, pinyinPrefix: 0.7 } as const;
/** At most this much more for a title hit, by the share of the title the word makes up. */
const TITLE_SHARE = 10;
/** Added when the whole query appears in the title, so 儿童之家 puts the item named so first. */
const WHOLE_QUERY_IN_TITLE = 30;

/** Words that say nothing about which item: dropped when the query has other words. */
const STOP_WORDS = new Set(['怎么', '怎样', '如何', '哪里', '在哪', '什么', '可以', '能不能', '我', '我的', '孩子', '的', '了', '吗', '呢', '要', '去', '办', '办理', '申请', '有', '想']);

interface Alternative {
  word: string;
  factor: number;
}
type Concept = Alternative[];

interface IndexedItem {
  item: ListedServiceItem;
  order: number;
  title: string;
  keywords: string[];
  category: string;
  body: string;
  hotline: string;
}

export interface ServiceSearchIndex {
  /** The items indexed, in list order. */
  readonly size: number;
  search(query: string, limit?: number): ServiceSearchHit[];
}

const domain = new Set(domainWords);

export function buildServiceSearchIndex(items: readonly ListedServiceItem[]): ServiceSearchIndex {
  const indexed: IndexedItem[] = items.map((item, order) => ({
    item,
    order,
    title: normalise(item.title),
    keywords: item.keywords.map(normalise),
    category: serviceCategoryLabels[item.category],
    body: normalise([item.forWhom, item.gives, item.howToApply, item.department, item.crossRegion ?? '', ...item.documents].join('\n')),
    hotline: item.hotline ?? '',
  }));

  // The vocabulary pinyin is resolved against: every Han word of two or more characters in the list,
  // the keywords whole, and the domain and synonym words.
  const vocabulary = new Set<string>(domainWords);
  for (const entry of indexed) {
    for (const text of [entry.title, entry.category, entry.body, ...entry.keywords]) for (const word of indexWords(text)) vocabulary.add(word);
    for (const keyword of entry.keywords) if (hasHan(keyword)) vocabulary.add(keyword);
  }
  const byFull = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  for (const word of vocabulary) {
    if ([...word].length < 2) continue;
    const { full, initials } = pinyinOf(word);
    if (!/^[a-z]+$/.test(full)) continue;
    (byFull.get(full) ?? byFull.set(full, []).get(full)!).push(word);
    (byInitials.get(initials) ?? byInitials.set(initials, []).get(initials)!).push(word);
  }
  const fullKeys = [...byFull.keys()].sort();

  function fieldScore(entry: IndexedItem, word: string): number {
    // Within title hits, the more of the title the word is, the better: 低保 finds 低保、特困供养 before 特殊困难补助金（农村低保家庭…）.
    if (entry.title.includes(word)) return FIELD.title + (TITLE_SHARE * [...word].length) / [...entry.title].length;
    if (entry.keywords.includes(word) || entry.hotline === word) return FIELD.keywordExact;
    if (entry.keywords.some((keyword) => keyword.includes(word))) return FIELD.keyword;
    if (entry.category.includes(word)) return FIELD.category;
    if (entry.body.includes(word) || entry.hotline.includes(word)) return FIELD.body;
    return 0;
  }

  const appearsAnywhere = (word: string) => indexed.some((entry) => fieldScore(entry, word) > 0);

  /** A Chinese word as typed, with its synonyms; an unknown compound also by its parts. */
  function hanConcept(word: string, factor: number = FACTOR.typed): Concept {
    const concept: Concept = [{ word, factor }, ...synonymsOf(word).map((synonym) => ({ word: synonym, factor: factor * FACTOR.synonym }))];
    if ([...word].length >= 3 && !appearsAnywhere(word)) {
      for (const part of indexWords(word)) {
        if (part !== word && [...part].length >= 2) concept.push(...hanConcept(part, factor * FACTOR.part));
      }
    }
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
    const withSynonyms = (alternatives: Alternative[]): Concept =>
      alternatives.flatMap((alt) => [alt, ...synonymsOf(alt.word).map((word) => ({ word, factor: alt.factor * FACTOR.synonym }))]);
    const concept: Alternative[] = (byFull.get(letters) ?? []).map((word) => ({ word, factor: FACTOR.pinyin }));
    if (letters.length >= 2) {
      for (const word of byInitials.get(letters) ?? []) {
        if ([...word].length === letters.length) concept.push({ word, factor: domain.has(word) ? FACTOR.initialsDomain : FACTOR.initials });
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
    return [[{ word: letters, factor: FACTOR.typed }]];
  }

  function conceptsOf(query: string): Concept[] {
    const words = queryWords(query);
    const meaningful = words.filter((word) => !STOP_WORDS.has(word) && !(hasHan(word) && [...word].length === 1));
    // Only single characters (被打了 → 被 打 了): search them run together, without the particles.
    const joined = words.filter((word) => !STOP_WORDS.has(word)).join('');
    const kept = meaningful.length > 0 ? meaningful : joined ? [joined] : [];
    return kept.flatMap((word): Concept[] => {
      if (/^[a-z]+$/.test(word)) return pinyinConcepts(word);
      if (hasHan(word)) return [hanConcept(word)];
      return [[{ word, factor: FACTOR.typed }]];
    });
  }

  function search(query: string, limit = 10): ServiceSearchHit[] {
    const text = normalise(query).trim();
    if (!text) return [];
    const concepts = conceptsOf(text);
    if (concepts.length === 0) return [];
    const whole = text.replace(/\s+/g, '');
    const scored = indexed.flatMap((entry) => {
      let score = 0;
      for (const concept of concepts) score += Math.max(0, ...concept.map((alt) => fieldScore(entry, alt.word) * alt.factor));
      if (score === 0) return [];
      if (hasHan(whole) && entry.title.includes(whole)) score += WHOLE_QUERY_IN_TITLE;
      return [{ entry, score }];
    });
    scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    return scored.slice(0, limit).map(({ entry, score }) => ({ item: entry.item, score: Math.round(score * 100) / 100 }));
  }

  return { size: indexed.length, search };
}

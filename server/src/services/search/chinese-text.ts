import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { searchWords } from './search-words';

/**
 * Chinese text for search: traditional characters read as simplified (OpenCC's data through opencc-js, Hong
 * Kong and Taiwan forms), jieba's default dictionary plus the words of this domain (低保, 事实无人抚养,
 * 儿童之家 …) so they are kept whole, and pinyin without tones, in full and as initials.
 */
let jieba: Jieba | null = null;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // A high frequency makes jieba keep the word whole rather than split it.
    jieba.loadDict(Buffer.from(searchWords.domainWords.map((word) => `${word} 200000 n`).join('\n')));
  }
  return jieba;
}

const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = /\p{Script=Han}/u;

/**
 * Full-width letters and digits to ASCII, lower case, simplified characters; pinyin typed with tone marks
 * (yī bǎo) or tone numbers (yi1 bao3) loses its tones, ü is written v as pinyin-pro does.
 */
export function normalise(text: string): string {
  const plain = fromTaiwan(fromHongKong(text.normalize('NFKC').toLowerCase()));
  return plain
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/(?<=[a-z])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/(?<=[a-z])[1-5](?=[a-z\s]|$)/g, '');
}

/** The words of a text for the index: search-mode segmentation (whole words and their parts), Han words only. */
export function indexWords(text: string): string[] {
  return segmenter()
    .cutForSearch(normalise(text), true)
    .filter((word) => HAN.test(word));
}

/** The words of a query as typed: precise segmentation, whitespace and punctuation dropped. */
export function queryWords(text: string): string[] {
  return segmenter()
    .cut(normalise(text), false)
    .map((word) => word.trim())
    .filter((word) => word !== '' && !/^[\p{P}\p{S}\s]+$/u.test(word));
}

export const hasHan = (text: string) => HAN.test(text);

/** `低保` → `{ full: 'dibao', initials: 'db' }`; characters without pinyin are kept as they are. */
export function pinyinOf(word: string): { full: string; initials: string } {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) => s.toLowerCase());
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

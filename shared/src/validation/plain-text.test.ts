import { describe, expect, it } from 'vitest';
import { HIDDEN_CHARACTERS_MESSAGE, plainText } from './plain-text';

const name = plainText().min(1).max(32);
const notes = plainText({ multiline: true }).max(500);

describe('text a person types refuses hidden characters', () => {
  it.each([
    ['a NUL', '王\u0000小明'],
    ['a bell', '王小明\u0007'],
    ['a C1 control', '王\u0085小明'],
    ['a right-to-left override', '\u202E明小王'],
    ['a left-to-right embedding', '王\u202A小明'],
    ['a pop directional formatting', '王小明\u202C'],
    ['a right-to-left isolate', '王\u2067小明'],
    ['a pop directional isolate', '王\u2069小明'],
    ['a left-to-right mark', '王\u200E小明'],
    ['a right-to-left mark', '王\u200F小明'],
    ['a zero-width space', '王\u200B小明'],
    ['a zero-width joiner', '王\u200D小明'],
    ['a word joiner', '王\u2060小明'],
    ['a byte-order mark inside', '王\uFEFF小明'],
    ['a line break in a name', '王\n小明'],
    ['a tab in a name', '王\t小明'],
  ])('a name with %s is refused with the field message', (_what, text) => {
    expect(name.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([HIDDEN_CHARACTERS_MESSAGE]);
  });

  it.each([
    ['a Chinese name', '王小明', '王小明'],
    ['a minority name with its middle dot', '阿依古丽·买买提', '阿依古丽·买买提'],
    ['a name with spaces around, trimmed', '  李桂兰 ', '李桂兰'],
    ['a Latin name with a space', 'Anna Li', 'Anna Li'],
  ])('%s is kept', (_what, text, stored) => {
    expect(name.parse(text)).toBe(stored);
  });

  it('notes keep their line breaks and tabs but not a right-to-left override or a NUL', () => {
    expect(notes.parse('看到孩子在写作业。\n奶奶身体还好。\t下次再来')).toBe('看到孩子在写作业。\n奶奶身体还好。\t下次再来');
    expect(notes.safeParse('看到孩子\u202E在写作业').success).toBe(false);
    expect(notes.safeParse('看到孩子\u0000').success).toBe(false);
  });
});

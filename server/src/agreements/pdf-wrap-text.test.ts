import { describe, expect, it } from 'vitest';
import { wrapText } from './pdf-wrap-text';

// Every character 1 wide: easy to reason about line widths.
const widthOf = (text: string) => [...text].length;

describe('wrapText breaks Chinese lines by character width', () => {
  it('breaks between any two Chinese characters', () => {
    expect(wrapText('照护人每天给孩子做饭', 4, widthOf)).toEqual(['照护人每', '天给孩子', '做饭']);
  });
  it('hangs a comma or full stop on the line before instead of starting a line with it', () => {
    expect(wrapText('吃饱吃热，天冷加衣。', 4, widthOf)).toEqual(['吃饱吃热，', '天冷加衣。']);
  });
  it('moves an opening bracket to the next line with what it opens', () => {
    expect(wrapText('马上报警（110）', 5, widthOf)).toEqual(['马上报警', '（110）']);
  });
  it('keeps a phone number whole', () => {
    expect(wrapText('电话 13900000001', 12, widthOf)).toEqual(['电话', '13900000001']);
  });
  it('breaks a run wider than a line (a hash) by character', () => {
    expect(wrapText('0123456789abcdef', 6, widthOf)).toEqual(['012345', '6789ab', 'cdef']);
  });
  it('keeps the author\'s line breaks', () => {
    expect(wrapText('第一行\n第二行', 10, widthOf)).toEqual(['第一行', '第二行']);
  });
});

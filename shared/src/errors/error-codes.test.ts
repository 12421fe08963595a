import { describe, expect, it } from 'vitest';
import { errorMessages } from './error-codes';

/**
 * Every message the API can show is read by a grandparent on a phone: plain Chinese, no letters or codes,
 * and it ends by telling them what to do. "What to do" is checked as the polite imperative 请 (not the 请 of
 * 申请, "application") in the last sentence, followed by the step itself.
 */
const lastSentence = (message: string) => message.split('。').filter(Boolean).at(-1) ?? '';
const instruction = /(?<!申)请[^，。；]{2,}/;

describe('the error catalogue', () => {
  it.each(Object.entries(errorMessages))('%s is plain Chinese that ends with what to do next', (_code, message) => {
    expect(message).toMatch(/\p{Script=Han}/u);
    // `{wait}`-style placeholders are filled from the error's data before anyone reads them.
    expect(message.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    expect(message.endsWith('。')).toBe(true);
    expect(lastSentence(message)).toMatch(instruction);
  });

  it('would catch a message that only says what went wrong', () => {
    expect(lastSentence('该内容不在您负责的地区范围内。')).not.toMatch(instruction);
    expect(lastSentence('这个孩子已经有一份申请正在办理。')).not.toMatch(instruction);
  });
});

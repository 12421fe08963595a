import { describe, expect, it } from 'vitest';
import { isSensitiveProgramme, mayKnowSensitive, needToKnowAt } from './need-to-know';

describe('need-to-know (艾滋病防治条例 art. 39)', () => {
  it.each([
    ['a Guizhou village keeps the HIV allowance, its fact and its diagnosis need-to-know', '520123103201', true],
    ['so does a village of 北京 with no rule of its own: the law is national', '110101001001', true],
  ])('%s', (_name, village, hidden) => {
    const rule = needToKnowAt(village);
    expect(isSensitiveProgramme('hivChildAllowance', village)).toBe(hidden);
    expect(rule.facts.includes('hivInfected')).toBe(hidden);
    expect(rule.documents.includes('hivDiagnosis')).toBe(hidden);
  });

  it('names no diagnosis in the neutral label', () => {
    expect(needToKnowAt('520123103201').neutralLabel).toBe('困境儿童基本生活保障');
    expect(isSensitiveProgramme('orphanAllowance', '520123103201')).toBe(false);
  });

  it.each([
    ['the county officer is told', ['countyOfficer'], true],
    ['the village director is not', ['childDirector'], false],
    ['the township supervisor is not', ['childSupervisor'], false],
    ['an administrator is not', ['admin'], false],
  ] as const)('%s', (_name, roles, knows) => {
    expect(mayKnowSensitive(roles)).toBe(knows);
  });
});

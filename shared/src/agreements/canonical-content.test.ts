import { describe, expect, it } from 'vitest';
import { canonicalAgreementContent, canonicalJson, type AgreementContent } from './canonical-content';
import { currentAgreementTemplate } from './agreement-template';

const content: AgreementContent = {
  agreementId: '5f0c6a8e-1d2b-4c3a-9e8f-000000000001',
  template: { id: currentAgreementTemplate.id, version: currentAgreementTemplate.version, title: currentAgreementTemplate.title, duties: currentAgreementTemplate.duties },
  children: [{ name: '小明', residentId: '520123201601101234' }],
  caregiver: { name: '王奶奶', residentId: '520123196005011240', phone: '13900000009', relation: 'grandparent' },
  caregiverDeclaration: true,
  parents: [{ role: 'mother', name: '王芳', phone: '13900000001', workPlace: '广东省东莞市' }],
  emergencyContacts: [{ name: '王叔', phone: '13900000010', relation: '叔叔' }],
  period: { start: '2026-12-01', end: '2027-12-01' },
  villageCode: '520123103201',
};

describe('canonical content of an agreement', () => {
  it('sorts keys at every depth, so field order does not change the text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: '中' } })).toBe('{"a":{"c":"中","d":[2,{"x":2,"y":1}]},"b":1}');
  });

  it('leaves out what is not content (status, signatures), so signing does not change it', () => {
    const withExtras = { ...content, status: 'signed', signatures: [{ party: 'parent' }] } as AgreementContent;
    expect(canonicalAgreementContent(withExtras)).toBe(canonicalAgreementContent(content));
  });

  it('changes when any agreed term changes', () => {
    const later = { ...content, period: { start: '2026-12-01', end: '2027-12-02' } };
    expect(canonicalAgreementContent(later)).not.toBe(canonicalAgreementContent(content));
  });

  it('the template carries every duty the issue names, in plain Chinese', () => {
    const text = currentAgreementTemplate.duties.map((duty) => duty.title + duty.text).join('');
    for (const word of ['三餐', '溺水', '用电', '交通', '欺', '侵害', '上学', '看医生', '手机', '每周', '儿童主任']) expect(text).toContain(word);
  });
});

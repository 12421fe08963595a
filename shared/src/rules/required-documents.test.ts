import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { deFactoUnsupportedAllowance } from './de-facto-unsupported-allowance';
import { hivChildAllowance } from './hiv-child-allowance';
import { orphanAllowance } from './orphan-allowance';
import { severeDisabilityCareSubsidy } from './severe-disability-care-subsidy';

const labels = (documents: { label: string }[]) => documents.map((document) => document.label);

describe('the documents the facts make relevant', () => {
  it('de-facto unsupported, father in prison, mother dead, on 低保: judgment, death certificate, 低保 proof', () => {
    const facts: ChildFacts = { father: 'imprisoned', mother: 'deceased', familyAssistance: 'minimumLiving' };
    expect(labels(deFactoUnsupportedAllowance.requiredDocuments(facts))).toEqual([
      '户口簿',
      '父亲：判决书或服刑证明',
      '母亲：死亡证明（医学死亡证明、火化证明或户籍注销证明）',
      '低保或特困供养证明（写明孩子每月领取的金额）',
    ]);
  });

  it('a parent at home needs no proof', () => {
    expect(labels(deFactoUnsupportedAllowance.requiredDocuments({ father: 'atHome', mother: 'severelyIll' }))).toEqual([
      '户口簿',
      '母亲：医院出具的诊断证明',
    ]);
  });

  it('an orphan in a welfare institution adds the institution’s proof', () => {
    const facts: ChildFacts = { father: 'notFound', mother: 'notFound', livingArrangement: 'institution' };
    expect(orphanAllowance.requiredDocuments(facts).map((document) => document.kind)).toEqual([
      'hukouBook',
      'notFoundProof',
      'notFoundProof',
      'institutionProof',
    ]);
  });

  it('the HIV diagnosis is asked for only when the child is infected, and marked for approvers only', () => {
    expect(hivChildAllowance.requiredDocuments({ hivInfected: false }).map((d) => d.kind)).toEqual(['hukouBook']);
    expect(labels(hivChildAllowance.requiredDocuments({ hivInfected: true }))[1]).toContain('仅审批人员可见');
  });

  it('a disabled child with a certificate shows the certificate, without one a diagnosis', () => {
    expect(severeDisabilityCareSubsidy.requiredDocuments({ disability: { kind: 'physical', grade: 1 } }).map((d) => d.kind)).toEqual([
      'hukouBook',
      'disabilityCertificate',
    ]);
    expect(severeDisabilityCareSubsidy.requiredDocuments({ disability: { kind: 'physical', grade: null } }).map((d) => d.kind)).toEqual([
      'hukouBook',
      'diagnosisProof',
    ]);
  });
});

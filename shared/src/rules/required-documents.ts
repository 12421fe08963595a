import type { ChildFacts, ParentSituation } from './child-facts';
import { parentsOf } from './parent-groups';

/** Supporting documents the family photographs when applying (docs/policy.md "How an application travels"). */
export const documentLabels = {
  hukouBook: '户口簿',
  deathCertificate: '死亡证明（医学死亡证明、火化证明或户籍注销证明）',
  missingJudgment: '人民法院宣告失踪的判决书',
  notFoundProof: '公安机关出具的查找不到生父母的证明（或弃婴捡拾报案证明）',
  disabilityCertificate: '残疾证',
  diagnosisProof: '医院出具的诊断证明',
  imprisonmentProof: '判决书或服刑证明',
  drugRehabDecision: '强制隔离戒毒决定书',
  restrictionDocument: '被执行限制人身自由措施的法律文书',
  lostContactProof: '公安机关出具的报警回执或查找不到下落的证明',
  abandonmentStatement: '村（居）民委员会出具的弃养情况说明',
  institutionProof: '儿童福利机构出具的集中养育证明',
  hivDiagnosis: '疾病预防控制机构出具的确诊证明（仅审批人员可见）',
  assistanceCertificate: '低保或特困供养证明（写明孩子每月领取的金额）',
  disabilitySubsidyProof: '困难残疾人生活补贴领取证明（写明每月金额）',
  enrollmentProof: '在校证明或录取通知书',
  hardshipStatement: '家庭遭遇突发困难的情况说明',
} as const;
export type DocumentKind = keyof typeof documentLabels;

export interface RequiredDocument {
  kind: DocumentKind;
  label: string;
  why: string;
}

/** `whose` names whom the document is about where the label alone does not say, e.g. "父亲：判决书或服刑证明". */
export const requiredDocument = (kind: DocumentKind, why: string, whose?: string): RequiredDocument => ({
  kind,
  label: whose ? `${whose}：${documentLabels[kind]}` : documentLabels[kind],
  why,
});

/** The document that shows each parent situation the rules rely on; none for parents at home or away. */
const parentProof: Partial<Record<ParentSituation, DocumentKind>> = {
  deceased: 'deathCertificate',
  declaredMissing: 'missingJudgment',
  notFound: 'notFoundProof',
  severelyDisabled: 'disabilityCertificate',
  severelyIll: 'diagnosisProof',
  imprisoned: 'imprisonmentProof',
  compulsoryDrugRehab: 'drugRehabDecision',
  otherRestriction: 'restrictionDocument',
  lostContact: 'lostContactProof',
  abandoned: 'abandonmentStatement',
};

export const hukouBook = requiredDocument('hukouBook', '证明孩子的户籍和出生日期');

/** A proof for each parent whose situation is given and needs one (e.g. 父亲：判决书或服刑证明). */
export function parentDocuments(facts: ChildFacts): RequiredDocument[] {
  return parentsOf(facts).flatMap((parent) => {
    const kind = parent.situation && parentProof[parent.situation];
    return kind ? [requiredDocument(kind, `证明${parent.described}`, parent.who)] : [];
  });
}

/** The child's disability certificate, or a diagnosis while no certificate has been issued. */
export function disabilityDocument(facts: ChildFacts): RequiredDocument[] {
  if (!facts.disability) return [];
  return facts.disability.grade === null
    ? [requiredDocument('diagnosisProof', '证明孩子的残疾类别（还没有残疾证时）', '孩子')]
    : [requiredDocument('disabilityCertificate', '证明孩子的残疾类别和等级', '孩子')];
}

/**
 * An agreement's life (docs/policy.md "Entrusted-care agreements"): the parent drafts; the first signature seals the
 * content (awaitingSignatures); when parent and caregiver have both signed the sealed content it is signed; the
 * village's child director acknowledges it as archived (filed); it ends by its period (expired), early
 * (terminated) or by a new agreement for the same children (superseded). Before signing, the invited caregiver may
 * say no (declined): the parent asks someone else in a new agreement.
 */
export const agreementStatuses = ['draft', 'awaitingSignatures', 'signed', 'filed', 'expired', 'terminated', 'superseded', 'declined'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  draft: '草稿',
  awaitingSignatures: '等待签字',
  signed: '已签字，等村里存档',
  filed: '已存档',
  expired: '已到期',
  terminated: '已终止',
  superseded: '已由新协议代替',
  declined: '照护人没有答应',
};

/** Why the caregiver cannot take the children on: a short list to tap, so nobody has to write it. */
export const declineReasonLabels = {
  health: '身体不好，照顾不了',
  busy: '要上班或照顾别的家人，没有时间',
  distance: '住得远，照顾不到',
  unknownPerson: '我不认识这家人，不是我',
  other: '其他原因',
} as const;
export type DeclineReason = keyof typeof declineReasonLabels;
export const declineReasons = Object.keys(declineReasonLabels) as [DeclineReason, ...DeclineReason[]];

/** Statuses in which the agreement protects the children now (counted in the village's coverage). */
export const activeAgreementStatuses: readonly AgreementStatus[] = ['signed', 'filed'];

/** Who signs: the parent who drafted it and the caregiver (受委托照护人). */
export const agreementParties = ['parent', 'caregiver'] as const;
export type AgreementParty = (typeof agreementParties)[number];
export const agreementPartyLabels: Record<AgreementParty, string> = { parent: '委托人（父母）', caregiver: '受委托照护人' };

export const caregiverRelationLabels = {
  grandparent: '祖父母或外祖父母',
  otherRelative: '其他亲属',
  neighbour: '邻居',
  friend: '朋友',
  other: '其他',
} as const;
export type CaregiverRelation = keyof typeof caregiverRelationLabels;

export const parentRoleLabels = { father: '父亲', mother: '母亲' } as const;
export type ParentRole = keyof typeof parentRoleLabels;

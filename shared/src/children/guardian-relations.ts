/** How the person adding a child is related to them (apart from the schemas, so the app shows them without loading zod). */
export const guardianRelationLabels = {
  father: '父亲',
  mother: '母亲',
  grandparent: '祖父母或外祖父母',
  otherRelative: '其他亲属',
  otherGuardian: '其他监护人',
} as const;
export type GuardianRelation = keyof typeof guardianRelationLabels;

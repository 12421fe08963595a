/**
 * The words the app shows for service categories and kinds of places. Kept apart from `service-schemas.ts`
 * (which builds its zod enums from them) so the services pages show them without downloading zod.
 */

/** The categories of issue 5, in the order the app lists them, with the words families use. */
export const serviceCategoryLabels = {
  basicLiving: '基本生活',
  education: '上学',
  health: '看病和健康',
  disability: '残疾儿童',
  protection: '保护和监护',
  psychological: '心理关爱',
  familyEducation: '家庭教育',
  culture: '文化活动',
  housing: '住房',
  transport: '出行',
  parentsJobs: '父母就业',
} as const;
export type ServiceCategory = keyof typeof serviceCategoryLabels;

/** The kinds of places that provide services (issue 5 item 2; issue 20: hospitals and schools taking migrant children, 002 §7–§9). */
export const placeKindLabels = {
  childrenHome: '儿童之家',
  protectionCentre: '未成年人救助保护机构',
  socialWorkStation: '社工站',
  rehabilitationCentre: '定点康复机构',
  tomorrowPlanHospital: '明天计划定点医院',
  hospital: '医院、卫生院',
  school: '接收随迁子女的学校',
} as const;
export type PlaceKind = keyof typeof placeKindLabels;

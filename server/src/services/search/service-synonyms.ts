/**
 * Words families type for the same thing. Within a group every word finds the others (at a lower score than
 * the word itself), so "补贴" finds an item titled 生活费 and "上学" one about 入学. Typo-free: only real words.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['补贴', '补助', '生活费', '津贴', '救助金', '生活补贴', '补助金'],
  ['上学', '入学', '读书', '就学', '念书', '就读', '上学校'],
  ['看病', '医疗', '就医', '治病', '住院', '医疗救助'],
  ['报销', '医保', '医疗保险', '大病保险'],
  ['打疫苗', '疫苗', '接种', '预防接种', '打预防针'],
  ['找工作', '就业', '务工', '招聘', '职业培训', '打工'],
  ['租房', '住房', '公租房', '廉租房', '保障性住房', '住房保障'],
  ['公交卡', '公交', '乘车', '坐车', '交通'],
  ['心理', '心理咨询', '心理健康', '心理辅导', '心理疏导'],
  ['残疾', '残障', '残疾人', '残疾儿童'],
  ['康复', '康复训练', '康复救助'],
  ['托育', '托儿', '托管', '入托', '托儿所'],
  ['中考', '升学', '高中'],
  ['低保', '最低生活保障'],
  ['特困', '特困供养', '特困人员'],
  ['孤儿', '孤儿基本生活费'],
  ['户口', '户籍'],
  ['居住证', '暂住证'],
  ['上户口', '落户', '户口登记'],
  ['体检', '健康检查', '健康体检'],
  ['免费', '减免', '免除'],
  ['学费', '学杂费', '教育资助', '助学金', '资助'],
  ['营养餐', '营养改善', '午餐'],
  ['家长学校', '家庭教育'],
  ['欺负', '欺凌', '校园欺凌'],
  ['打骂', '虐待', '家暴', '家庭暴力'],
];

/** Words jieba should keep whole: the domain's terms and every word of the synonym groups. */
export const domainWords: readonly string[] = [
  ...new Set([
    '低保', '特困', '事实无人抚养', '无人抚养', '居住证', '儿童之家', '儿童主任', '儿童督导员', '困境儿童', '留守儿童',
    '流动儿童', '孤儿', '明天计划', '跨省通办', '义务教育', '随迁子女', '积分入学', '营养改善', '临时救助', '社工站',
    '救助保护', '未成年人', '公交卡', '打疫苗', '找工作', '看病', '生活费', '托育', '中考', '心理热线', '重残',
    '残疾证', '康复', '医保', '助学金', '家庭教育', '关爱', '监护', '委托照护',
    ...synonymGroups.flat(),
  ]),
];

const groupsOf = new Map<string, Set<string>>();
for (const group of synonymGroups) {
  for (const word of group) {
    const others = groupsOf.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) others.add(other);
    groupsOf.set(word, others);
  }
}

/** The other words of every group `word` belongs to. */
export function synonymsOf(word: string): string[] {
  return [...(groupsOf.get(word) ?? [])];
}

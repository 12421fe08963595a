// Kept free of zod so the app can show the notice without the validation library.
import type { IsoDate } from '../calendar/iso-date';

export interface NoticeSection {
  heading: string;
  paragraphs: string[];
}

/**
 * The child privacy notice a guardian reads and agrees to, separately from anything else, before the first
 * child's data is saved: 《儿童个人信息网络保护规定》 arts. 8–10 (a dedicated rule for children's information,
 * the guardian's explicit consent) and 个人信息保护法 art. 31 (under 14: the guardian's consent and a separate
 * processing rule) and art. 17 (purpose, what, how long, how to exercise one's rights, who is responsible).
 * What may be collected and who sees it follow docs/policy.md "Privacy" and seed 001 (closing part: "注意保护…个人隐私").
 * A change of wording is a new entry with a new version and effective date; agreed versions are never edited.
 */
export interface ChildPrivacyNotice {
  version: string;
  effectiveFrom: IsoDate;
  title: string;
  lead: string;
  sections: NoticeSection[];
  /** The hotline the 谁负责 section names beside the responsible bureau and the village's child director. */
  hotline: { number: string; name: string };
}

export const childPrivacyNotices: readonly ChildPrivacyNotice[] = [
  {
    version: 'child-privacy-2026-11-v1',
    effectiveFrom: '2026-11-23',
    title: '儿童个人信息保护说明',
    lead:
      '这份说明是写给孩子的父母和监护人的。孩子的信息要特别保护：国家规定，保存不满14周岁孩子的信息，要先经过父母或监护人单独同意。' +
      '请您看完下面的内容，同意了，我们才保存孩子的信息。不同意，也可以继续看政策、用权益自测。',
    sections: [
      {
        heading: '目的',
        paragraphs: [
          '收集孩子的信息，只为了给孩子办补贴和关爱服务：比如孤儿、事实无人抚养儿童的基本生活补贴，残疾儿童康复救助，委托照护协议。',
          '不做广告，不卖给任何人，不用在和办事无关的地方。',
        ],
      },
      {
        heading: '收集哪些信息',
        paragraphs: [
          '孩子的姓名、身份证号码（出生日期和男女从号码上看出来）、户口在哪个村、现在住在哪里，您是孩子的什么人。',
          '办哪项补贴才问哪项需要的家里情况：比如父母是不是去世、失联、服刑、重病或残疾，孩子有没有残疾，家里有没有低保。',
          '您拍照交上来的材料，比如户口簿、死亡证明、残疾证。',
          '不需要的不问。孩子的健康、残疾、艾滋病病毒感染、父母服刑或戒毒这些情况，特别保护，不公示。',
        ],
      },
      {
        heading: '谁能看到',
        paragraphs: [
          '只有办理孩子这件事的人：村（社区）儿童主任、乡镇（街道）儿童督导员、县民政局的工作人员。',
          '别的人看不到。在列表里，身份证号码中间的数字会用星号遮住。谁看过孩子的材料，系统都记下来。',
        ],
      },
      {
        heading: '存在哪里、存多久',
        paragraphs: [
          '存在县民政局使用的这个系统里，服务器在中国境内，不传到国外。',
          '还没提交过申请的孩子，您随时可以自己删除孩子的信息，删了就不再保存。',
          '交上去的申请和批下来的补贴，是政府办事的记录，由县民政局按国家档案管理的规定保存，存多久按县民政局公布的规定。',
        ],
      },
      {
        heading: '怎样更正或删除',
        paragraphs: [
          '在“我的”里点“隐私与个人信息”，再点“申请更正或删除孩子的信息”，写清楚哪里不对、想删什么。',
          '还没提交过申请、也没有写进委托照护协议的孩子，点了删除就马上删掉。其他的由儿童主任或县民政局处理，处理完在同一个地方告诉您结果。',
        ],
      },
      {
        heading: '撤回同意',
        paragraphs: [
          '您随时可以在“我的 → 隐私与个人信息”里撤回同意。',
          '撤回以后：不能再添加孩子，不能再填写或提交申请、补交材料，不能再起草委托照护协议。',
          '已经提交的申请会继续办完，已经批下来的补贴照常发，因为这是民政部门按规定要办的事；不想办了，请申请删除，或者告诉儿童主任。',
          '撤回以前已经办的事不受影响。想接着办，再同意一次就可以。',
        ],
      },
      {
        heading: '谁负责',
        paragraphs: [
          '孩子户口所在县（区）的民政局负责保护孩子的信息。有问题，可以在这里申请，也可以找村（社区）儿童主任，或者打电话问。',
        ],
      },
    ],
    hotline: { number: '12345', name: '政务服务便民热线' },
  },
];

/** The notice in force on a day: the latest one whose effective date has come. */
export function childPrivacyNoticeOn(day: IsoDate): ChildPrivacyNotice {
  const inForce = childPrivacyNotices.filter((notice) => notice.effectiveFrom <= day);
  return inForce.at(-1) ?? childPrivacyNotices[0]!;
}

// Kept free of zod so the app can show the terms without the validation library.
import type { IsoDate } from '../calendar/iso-date';
import type { NoticeSection } from './child-privacy-notice';

/**
 * The version of the two texts a person agrees to when signing in: the service terms (服务协议) and the notice on
 * how their own information is handled (个人信息处理说明, 个人信息保护法 arts. 14 and 17: told before, in plain
 * words, and agreed to by the person). The sign-in sends it and the account keeps the version and the time, as a
 * submission keeps its consent. A change of wording is a new version: people are asked again at their next sign-in.
 */
export const SIGN_IN_TERMS_VERSION = '2026-12-v1';

export interface SignInTerm {
  title: string;
  effectiveFrom: IsoDate;
  sections: NoticeSection[];
}

export const signInTermKinds = ['service', 'privacy'] as const;
export type SignInTermKind = (typeof signInTermKinds)[number];

export const signInTerms: Record<SignInTermKind, SignInTerm> = {
  service: {
    title: '服务协议',
    effectiveFrom: '2026-12-07',
    sections: [
      {
        heading: '这是什么服务',
        paragraphs: [
          '儿童关爱服务由孩子户口所在县（区）的民政局提供，用来在手机上为孩子申请补贴、签委托照护协议、查政策和服务。',
          '办理都不收费。任何人以“帮忙办补贴”为由向您要钱，都不要给，请打电话举报。',
        ],
      },
      {
        heading: '您要做到的',
        paragraphs: [
          '填写的情况要真实。弄虚作假骗取补贴的，要退回，还要按规定处理。',
          '用自己的手机号登录，不把验证码告诉别人。替家里老人办理时，请当着老人的面办，办完告诉老人。',
        ],
      },
      {
        heading: '我们会做到的',
        paragraphs: [
          '按规定的时间办理您的申请，每一步都在“我的申请”里告诉您办到哪里、谁在办。',
          '不同意办理或者需要补充材料的，写明原因告诉您。',
        ],
      },
      {
        heading: '有问题找谁',
        paragraphs: ['找村（社区）儿童主任，或者打政务服务便民热线 12345。'],
      },
    ],
  },
  privacy: {
    title: '个人信息处理说明',
    effectiveFrom: '2026-12-07',
    sections: [
      {
        heading: '收集您的哪些信息',
        paragraphs: [
          '登录用的手机号；您在这里办的事：填的申请、上传的照片、签的协议；您选的字体大小。',
          '孩子的信息另有一份《儿童个人信息保护说明》，第一次添加孩子时请您单独阅读和同意。',
        ],
      },
      {
        heading: '用来做什么',
        paragraphs: [
          '手机号用来让您登录，办理需要时联系您。其他信息只用来办理您申请的事。',
          '不做广告，不卖给任何人。',
        ],
      },
      {
        heading: '谁能看到、存在哪里',
        paragraphs: [
          '只有办理您这件事的村（社区）、乡镇（街道）和县民政局工作人员能看到，谁看过都有记录。',
          '手机号和姓名加密保存，服务器在中国境内。',
        ],
      },
      {
        heading: '您可以做什么',
        paragraphs: [
          '在“我的 → 隐私与个人信息”里查看、申请更正或删除您和孩子的信息，也可以撤回同意。',
          '有疑问，打政务服务便民热线 12345。',
        ],
      },
    ],
  },
};

import { privacyGuideLines, privacyUses } from './privacy-uses'

/**
 * `npm run privacy-guide -w miniapp`: the 用户隐私保护指引 to fill in on mp.weixin.qq.com (设置 → 服务内容声明 →
 * 用户隐私保护指引), one information type a line with its purpose and the APIs it covers (docs/weapp-release.md).
 */
for (const [index, line] of privacyGuideLines().entries()) {
  console.log(`${line}（${privacyUses[index]!.apis.map((api) => `wx.${api}`).join('、')}）`)
}

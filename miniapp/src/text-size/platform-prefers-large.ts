import Taro from '@tarojs/taro'

/** WeChat's 「我-设置-通用-字体大小」 at its standard step, in px. */
const standardWechatFontSize = 17

/**
 * A person who has made WeChat's own text larger starts in 大字模式 (MIIT 适老化: follow the platform's font
 * setting). H5: `platform-prefers-large.h5.ts`.
 */
export function platformPrefersLarge(): boolean {
  try {
    // getAppBaseInfo, not the deprecated getSystemInfoSync; Taro's type leaves out the field WeChat documents.
    const { fontSizeSetting } = Taro.getAppBaseInfo() as { fontSizeSetting?: number }
    return (fontSizeSetting ?? standardWechatFontSize) > standardWechatFontSize
  } catch {
    return false
  }
}

/**
 * WeChat's user-information types and the mini-program APIs that handle each (《小程序用户隐私保护指引内容介绍》):
 * an API of a type the mini-program's privacy guide does not declare is disabled on the phone. Only the types an
 * app like this could touch are listed; tests/weapp-release.test.ts holds the code's `Taro.` calls against them.
 */
export const privacyInfoApis: Record<string, readonly string[]> = {
  微信昵称和头像: ['getUserProfile', 'getUserInfo'],
  位置信息: ['getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange'],
  地址: ['chooseAddress'],
  手机号: ['getPhoneNumber'],
  选中的照片或视频信息: ['chooseImage', 'chooseMedia', 'chooseVideo', 'previewMedia'],
  选中的文件: ['chooseMessageFile'],
  麦克风: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
  摄像头: ['createCameraContext', 'createVKSession'],
  '相册（仅写入）': ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  '通讯录（仅写入）': ['addPhoneContact'],
  剪切板: ['setClipboardData', 'getClipboardData'],
  '日历（仅写入）': ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
  蓝牙: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
  发票信息: ['chooseInvoice', 'chooseInvoiceTitle'],
  微信运动步数: ['getWeRunData'],
}

export interface PrivacyUse {
  /** WeChat's name of the information type, as the guide's form lists it. */
  info: keyof typeof privacyInfoApis
  /** The APIs of that type the code calls. */
  apis: readonly string[]
  /** 用途: what the family gets from it, in the form's sentence 开发者将在获取你的明示同意后，收集你的{info}，用于{purpose}。 */
  purpose: string
}

/** What the mini-program handles, and why: the source of the privacy guide an operator pastes into WeChat's form. */
export const privacyUses: readonly PrivacyUse[] = [
  {
    info: '选中的照片或视频信息',
    apis: ['chooseMedia'],
    purpose: '拍下或选择户口簿、证明材料的照片，随申请交给办理的儿童主任和民政工作人员核对',
  },
  {
    info: '位置信息',
    apis: ['getLocation'],
    purpose: '在您点“用我的位置”时，按远近排列附近的儿童之家等服务地点；位置只用来排序，不保存',
  },
  {
    info: '手机号',
    apis: ['getPhoneNumber'],
    purpose: '在您点“用手机号关联账号”时，把小程序里的账号和网页上用这个手机号登录的账号合成一个，孩子、申请和协议两边都能看到',
  },
  {
    info: '选中的文件',
    apis: ['chooseMessageFile'],
    purpose: '工作人员从微信聊天中选择工作人员名册或服务场所表格（.xlsx），导入本辖区的账号和场所',
  },
  {
    info: '剪切板',
    apis: ['setClipboardData'],
    purpose: '复制委托照护协议的邀请或核验链接，方便您发给照顾孩子的人或学校老师',
  },
]

/** The guide's lines, one per information type, in WeChat's sentence. */
export function privacyGuideLines(uses: readonly PrivacyUse[] = privacyUses): string[] {
  return uses.map((use) => `开发者将在获取你的明示同意后，收集你的${use.info}，用于${use.purpose}。`)
}

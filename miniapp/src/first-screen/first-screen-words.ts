/**
 * Words a page shows at the top of its first screen that the portal's index.html also shows before the app has
 * loaded (`first-screens.ts`), kept here once so that the two never differ.
 */
export const homeTitle = '儿童关爱服务'

/** Under the hotlines on 首页; also what 首页 shows first, so the numbers can be read even before the app has loaded. */
export const hotlinesNote = '孩子受欺负、心里难受、需要保护，打 12355；妇女儿童权益受到侵害，打 12338。遇到危险，请马上拨打 110。'

export const applyChildTitle = '为哪个孩子申请？'
/** What the apply page needs a signed-in family for, in SignInFirst's sentence. */
export const applyWhat = '为孩子申请补贴'

export const signInFirstTitle = '请先登录'
export const signInFirstLead = (what: string) => `登录后才能${what}。用手机号和短信验证码就能登录。`

export const servicesRegionTitle = '孩子现在住在哪里？'
export const servicesRegionLead = '各地的服务不一样。选到县（区）就可以，选到乡镇或村，能找到离您最近的地方。'

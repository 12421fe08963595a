export default definePageConfig({ navigationBarTitleText: '服务协议和个人信息处理说明' })

export default definePageConfig({ navigationBarTitleText: '服务场所' })

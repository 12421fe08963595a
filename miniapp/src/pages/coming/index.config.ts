export default definePageConfig({ navigationBarTitleText: '正在建设' })

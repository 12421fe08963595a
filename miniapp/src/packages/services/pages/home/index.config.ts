export default definePageConfig({ navigationBarTitleText: '服务清单与权益自测' })

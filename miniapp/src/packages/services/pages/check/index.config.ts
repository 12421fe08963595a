export default definePageConfig({ navigationBarTitleText: '权益自测' })

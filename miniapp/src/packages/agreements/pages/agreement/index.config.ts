export default definePageConfig({ navigationBarTitleText: '委托照护协议', enableShareAppMessage: true })

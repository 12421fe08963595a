export default definePageConfig({ navigationBarTitleText: '附近的服务地点' })

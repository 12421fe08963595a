export default definePageConfig({ navigationBarTitleText: '放假安排' })

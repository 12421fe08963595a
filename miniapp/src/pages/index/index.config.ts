export default definePageConfig({ navigationBarTitleText: '儿童关爱服务' })

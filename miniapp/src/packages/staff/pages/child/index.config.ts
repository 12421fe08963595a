export default definePageConfig({ navigationBarTitleText: '儿童档案' })

export default definePageConfig({ navigationBarTitleText: '标准和金额' })

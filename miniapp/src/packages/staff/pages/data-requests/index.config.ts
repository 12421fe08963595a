export default definePageConfig({ navigationBarTitleText: '更正或删除儿童信息' })

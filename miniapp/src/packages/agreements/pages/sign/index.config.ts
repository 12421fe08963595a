export default definePageConfig({ navigationBarTitleText: '签字', disableScroll: false })

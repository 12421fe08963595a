export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index'],
  // Staff pages live in their own subpackage so families never download them; the family's application
  // pages (with the rules and zod) in another, so the main package stays small.
  subPackages: [
    {
      root: 'packages/staff',
      pages: ['pages/login/index', 'pages/home/index', 'pages/case/index', 'pages/child/index', 'pages/agreements/index', 'pages/service-list/index', 'pages/data-requests/index', 'pages/audit/index', 'pages/calendar/index', 'pages/figures/index', 'pages/accounts/index', 'pages/password/index', 'pages/places/index'],
    },
    {
      root: 'packages/family',
      pages: [
        'pages/children/index',
        'pages/apply/index',
        'pages/application-form/index',
        'pages/applications/index',
        'pages/application/index',
        'pages/child-privacy/index',
        'pages/privacy/index',
        'pages/terms/index',
      ],
    },
    {
      root: 'packages/agreements',
      pages: [
        'pages/list/index',
        'pages/draft/index',
        'pages/agreement/index',
        'pages/sign/index',
        'pages/invite/index',
        'pages/verify/index',
      ],
    },
    {
      root: 'packages/services',
      pages: ['pages/home/index', 'pages/item/index', 'pages/places/index', 'pages/check/index'],
    },
  ],
  // Each page injects only the components it renders, not every one the package declares (WeChat's 按需注入).
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  // The position is asked only when the family taps "用我的位置", to order places by distance.
  permission: { 'scope.userLocation': { desc: '用来找离您最近的儿童之家等服务地点' } },
  requiredPrivateInfos: ['getLocation'],
  // WeChat asks the person to agree to the privacy guide before the first privacy API (photos, camera,
  // position); lib/privacy-authorization.weapp.ts shows that on the page (base library 2.32.3+).
  __usePrivacyCheck__: true,
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '儿童关爱服务',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#4a4f57',
    selectedColor: '#1559b3',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
})

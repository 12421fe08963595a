// Kept free of zod so the staff pages can name actions without carrying the validation library.
/**
 * What the audit log records (issue 7 §3, docs/policy.md "Privacy": record who looked at a minor's sensitive data):
 * every read of a child's file or sensitive fields by someone other than the child's own family, and every
 * change of state. Each action is declared on its route (`audit` in server/src/http/define-route.ts).
 */
export const auditActionLabels = {
  'auth.smsCode': '申请登录验证码',
  'auth.signIn': '登录',
  'auth.signInFailed': '登录失败',
  'auth.signOut': '退出登录',
  'auth.refreshReuse': '旧登录凭证被再次使用，已全部作废',
  'account.preferences': '修改个人设置',
  'account.subscribe': '同意接收微信通知',
  'account.phoneLinked': '微信账号关联手机号',
  'account.phoneLinkRefused': '微信账号关联手机号未成功',
  'child.save': '保存儿童信息',
  'child.remove': '删除孩子',
  'child.view': '查看儿童档案',
  'application.start': '开始申请',
  'application.facts': '填写申请情况',
  'application.submit': '提交申请',
  'case.view': '查看案件',
  'case.transition': '办理案件',
  'document.upload': '上传照片',
  'document.view': '查看照片',
  'document.withheld': '查看仅限县级审批人员的材料，已拒绝',
  'document.delete': '删除照片',
  'agreement.draft': '填写委托照护协议',
  'agreement.view': '查看委托照护协议',
  'agreement.pdf': '下载委托照护协议',
  'agreement.invite': '邀请照护人',
  'agreement.accept': '照护人接受邀请',
  'agreement.sign': '签署委托照护协议',
  'agreement.terminate': '提前结束委托照护协议',
  'agreement.caregiverUnable': '记录照护人无法照护',
  'agreement.decline': '照护人不答应照护',
  'agreement.acknowledge': '存档委托照护协议',
  'agreement.contact': '记录与孩子联系',
  'serviceList.draft': '保存服务清单草稿',
  'serviceList.publish': '发布服务清单',
  'place.create': '添加服务场所',
  'place.edit': '修改服务场所',
  'place.close': '关闭服务场所',
  'place.reopen': '重新开放服务场所',
  'place.import': '导入服务场所',
  'staff.replace': '工作人员离岗交接',
  'staff.create': '新建工作人员账号',
  'staff.edit': '修改工作人员账号',
  'staff.disable': '停用工作人员账号',
  'staff.enable': '重新启用工作人员账号',
  'staff.passwordReset': '重置工作人员密码',
  'staff.import': '导入工作人员花名册',
  'account.passwordChange': '修改本人密码',
  'consent.give': '同意儿童个人信息保护规则',
  'consent.withdraw': '撤回儿童个人信息的同意',
  'dataRequest.create': '申请更正或删除儿童信息',
  'dataRequest.close': '办结更正或删除申请',
  'audit.search': '查询操作记录',
  'calendar.enterYear': '录入全年放假安排',
  'region.open': '开通地区服务（载入村、社区）',
  'figure.enter': '录入补贴标准',
  'figure.preview': '预览新标准影响的申请',
  'access.refused': '越权查看，已拒绝',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

/** What an entry is about. */
export const auditTargetKindLabels = {
  account: '账号',
  child: '儿童',
  application: '申请',
  document: '照片',
  agreement: '委托照护协议',
  serviceList: '服务清单',
  place: '服务场所',
  dataRequest: '更正或删除申请',
  auditLog: '操作记录',
  holidayYear: '放假安排',
  region: '地区',
  figure: '补贴标准',
  route: '功能',
} as const satisfies Record<string, string>;

export type AuditTargetKind = keyof typeof auditTargetKindLabels;
export const auditTargetKinds = Object.keys(auditTargetKindLabels) as AuditTargetKind[];

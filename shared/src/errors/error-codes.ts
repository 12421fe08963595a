/**
 * Stable error codes the API returns as `{ code, message }`. Clients branch on the code;
 * the message is Chinese for the user and always says what to do next.
 */
export const errorMessages = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后再提交。',
  UNAUTHENTICATED: '请先登录，再继续办理。',
  TOKEN_EXPIRED: '登录已过期，请重新登录。',
  FORBIDDEN: '您的账号不能做这件事。如果确实需要办理，请联系村里的儿童主任。',
  OUT_OF_REGION: '这件事不归您负责的地区管。请回到我的待办，办理本地区的事。',
  NOT_FOUND: '没有找到您要的内容，请返回上一页重试。',
  REGION_NOT_FOUND: '没有这个地区代码，请从列表中选择地区。',
  PARAMETER_NOT_FOUND: '没有找到这项标准，请联系县民政局。',
  FIGURE_NOT_ENTERABLE: '这项标准由法规或办理流程统一规定，不能在这里修改。',
  FIGURE_WRONG_LEVEL: '这项标准由{owner}民政部门制定，只能由{owner}的系统管理员录入。',
  FIGURE_OTHER_REGION: '只能录入您所管地区的标准，不能录入其他地区的。',
  FIGURE_OUT_OF_RANGE: '数值不在合理范围内（{range}），请核对是否多打或少打了数字后重新输入。',
  ROUTE_NOT_FOUND: '没有这个页面，请回到首页重新进入。',
  METHOD_NOT_ALLOWED: '这个地址不能这样使用，请回到首页重新进入。',
  PHONE_INVALID: '手机号码格式不对，请输入11位手机号。',
  SMS_CODE_INVALID: '验证码不对，请核对短信中的6位数字后重新输入。',
  SMS_CODE_EXPIRED: '验证码已过期，请重新获取验证码。',
  SMS_TOO_FREQUENT: '验证码发送太频繁，请过{wait}再试。',
  SMS_NOT_SENT: '验证码短信暂时发不出去，请过一会儿再点“获取验证码”；一直收不到，可以用微信登录，或联系村里的儿童主任。',
  SMS_CARRIER_LIMIT: '这个手机号今天收到的短信太多，运营商暂停发送，请明天再试，或用微信登录。',
  HOLIDAY_YEAR_INCOMPLETE: '放假安排不完整或有误：{problems}请对照国务院办公厅的通知改正后再保存。',
  WECHAT_LOGIN_FAILED: '微信登录没有成功，请关闭小程序后重新打开再试。',
  WECHAT_UNAVAILABLE: '暂时连不上微信，请稍后重试，或用手机号登录。',
  CREDENTIALS_INVALID: '用户名或密码不对，请重新输入。',
  TOO_MANY_ATTEMPTS: '密码错误次数太多，请过{wait}再试；忘了密码，请联系县民政局。',
  TOO_MANY_REQUESTS: '操作太频繁了，为了保护大家的信息，请过{wait}再试。',
  REFRESH_TOKEN_INVALID: '登录状态已失效，请重新登录。',
  ACCOUNT_DISABLED: '这个账号已停用（工作已由接任人员接手）。如有疑问，请联系县民政局。',
  USERNAME_TAKEN: '这个用户名已经有人用了，请换一个。',
  CHILD_EXISTS: '这个孩子已经添加过了，请在孩子列表中选择。',
  CHILD_IN_USE: '{child}已经有{record}，记录里用到孩子的信息，所以不能删除孩子，也不能改身份证号码。如果确实填错了，请联系村里的儿童主任更正。',
  APPLICATION_EXISTS: '这个孩子已经有一份同类申请（编号 {reference}，{status}），不用再申请一份。请在“我的申请”中查看。',
  APPLICATION_NOT_EDITABLE: '申请已经提交，不能再修改。如需补充，请等工作人员退回后再改。',
  INVALID_TRANSITION: '这份申请现在的状态不能进行这个操作，请刷新后查看最新状态。',
  STALE_VERSION: '这份申请刚刚被其他人处理过，请刷新后查看最新状态再操作。',
  STAFF_PHONE_TAKEN: '这个手机号已经是另一位工作人员的账号在用，请核对后换一个号码。',
  STAFF_POST_NOT_ALLOWED: '{reason}。',
  STAFF_REGION_UNKNOWN: '没有找到这个地区，请从列表中选择村（社区）、乡镇（街道）或县。',
  STAFF_HOLDS_CASES: '{name}手上还有{count}件没办完的申请，不能直接停用或调到别的岗位。请先用“离岗交接”指定接任人，申请会转给接任人。',
  STAFF_SELF_CHANGE: '不能停用自己的账号，也不能改自己的岗位或重置自己的密码。请让另一位管理员办理；改自己的密码请到“修改密码”。',
  PASSWORD_CHANGE_REQUIRED: '为了账号安全，请先设置您自己的新密码，再办理其他事情。',
  CURRENT_PASSWORD_WRONG: '原密码不对，请重新输入。忘了密码，请联系管理员重置。',
  REASON_REQUIRED: '请写明原因，让家长知道下一步该怎么做。',
  NOTES_REQUIRED: '请填写入户核实情况（或转交去向）后再提交。',
  AMOUNT_REQUIRED: '临时救助要写明给多少钱，请填写救助金额后再提交。',
  IDEMPOTENCY_KEY_REQUIRED: '这次提交没有成功，请刷新页面后重新提交。',
  OUTSIDE_SERVICE_AREA: '孩子的户籍地和现居住地都还没有开通线上办理，请带上材料到户籍所在地乡镇（街道）民政办办理。',
  FILE_TYPE_NOT_ALLOWED: '只能上传照片：用手机拍的照片，或相册里的图片；文档、表格等文件不能上传。请用手机给材料拍一张照片，或从相册里选一张照片。',
  FILE_TOO_LARGE: '照片太大了，请重新拍照或选择小一些的照片。',
  SPREADSHEET_NOT_XLSX: '只能上传 .xlsx 格式的表格。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再上传；旧的 .xls 和 CSV 文件不能直接上传。',
  SPREADSHEET_UNREADABLE: '这个表格文件打不开，可能已经损坏。请用 Excel 或 WPS 打开检查，重新保存为 .xlsx 后再上传。',
  SPREADSHEET_TOO_LARGE: '表格文件太大了。请删掉多余的工作表、图片和空行，或分成几个文件上传。',
  SPREADSHEET_TOO_MANY_ROWS: '表格的行数太多，一次最多{max}行。请分成几个文件上传。',
  SPREADSHEET_COLUMNS_MISSING: '表格缺少这些列：{columns}。请下载模板，按模板的表头填写后再上传。',
  SPREADSHEET_EMPTY: '表格里没有要导入的内容。请在表头下面逐行填写后再上传。',
  FACTS_INCOMPLETE: '还缺少计算金额所需的情况，请退回家长补充后再批准。',
  STANDARD_NOT_ENTERED: '本地的补贴标准还没有录入，暂时不能批准。请县民政局先录入标准，再批准。',
  IDENTITY_MISMATCH: '您填的姓名或身份证号和家长填写的照护人信息不一致，请核对；如果家长填错了，请让家长改正后重新邀请。',
  AGREEMENT_NOT_EDITABLE: '这份协议已经存档、到期或终止，不能再修改。如需变更，请新建一份协议。',
  INVITATION_INVALID: '这个邀请链接无效或已失效，请让孩子的家长重新发送邀请。',
  CAREGIVER_NOT_ADULT: '照护人要年满18周岁，请另找一位成年人照护孩子。',
  CAREGIVER_IS_CHILD: '照护人不能是协议里的孩子，请填写照护人本人的身份证号。',
  AGREEMENT_ALREADY_SIGNED: '您已经在协议上签了字，不能再说不照顾了。如果照顾不了孩子，请马上告诉孩子的父母，由父母提前结束协议或更换照护人；也可以告诉村里的儿童主任。',
  INVITATION_SMS_WAIT: '短信刚发过，请过{wait}再发；也可以让照护人扫下面的二维码。',
  INVITATION_SMS_LIMIT: '这份协议的邀请短信已经发得够多了，不能再发。请让照护人扫下面的二维码，或把链接发给照护人。',
  INVITATION_SMS_NOT_SENT: '邀请短信这次没有发出去，请过一会儿再点“再发一次短信”；也可以让照护人扫下面的二维码。',
  CHILD_TOO_OLD: '孩子在协议开始那天已满16周岁，不在委托照护协议的范围内，请去掉这个孩子。',
  AGREEMENT_CHANGED: '协议内容刚刚被修改过，请重新阅读后再签字。',
  AGREEMENT_NOT_IN_FORCE: '这份协议现在没有生效（还没签完，或已经结束、已由新协议代替），不能这样做。请刷新后查看协议现在的状态。',
  AGREEMENT_NOT_SIGNED: '协议还没有双方签字，请等双方都签字后再存档。',
  SERVICE_LIST_STALE: '服务清单刚刚被其他人修改过，请刷新后在最新的草稿上修改。',
  SERVICE_LIST_BASE_MISSING: '省级服务清单必须包含全部国家基础服务项目，不能删除。请把缺少的项目加回后再发布。',
  SERVICE_ITEM_IN_PARENT_LIST: '有些项目上级清单里已经有了，市、县清单只能增加新项目。请删除重复的项目后再发布。',
  SERVICE_LIST_VERSION_NOT_FOUND: '没有这个版本的服务清单，请返回清单页查看已发布的版本。',
  SERVICE_ITEM_NOT_FOUND: '这个地方的服务清单里没有这项服务，请返回服务清单重新查看。',
  PLACE_NOT_FOUND: '没有找到这个服务场所，请返回列表重新选择。',
  PLACE_STALE: '这个场所刚刚被其他人修改过，请刷新后在最新的内容上修改。',
  PLACE_ID_TAKEN: '已经有一个场所用了这个编号，请刷新后再添加。',
  PLACE_OUT_OF_REGION: '这个场所不在您负责的地区，只能添加、修改本地区的场所。',
  PLACE_LINK_UNKNOWN: '有的服务项目选了不存在或不在本地区的场所，请重新选择办理地点后再保存。',
  PLACE_IMPORT_REFUSED: '表格里有的行不对，一行也没有导入。请按报告改好这些行，再上传一次。',
  PLACE_IMPORT_UNREADABLE: '读不了这个文件。请上传用 Excel 或 WPS 保存的 .xlsx 表格，第一行是表头。',
  CONSENT_REQUIRED: '保存孩子的信息以前，要先请您阅读《儿童个人信息保护说明》并同意。请先看完说明，勾选同意后再保存。',
  CONSENT_OUTDATED: '《儿童个人信息保护说明》已经更新。请重新打开页面，看完新的说明后再同意。',
  BODY_TOO_LARGE: '提交的内容太大，请减少后重试。',
  BODY_INCOMPLETE: '内容没有传完整，可能是网络断了。请检查网络后重新提交。',
  BODY_TIMEOUT: '内容传得太慢，已经停止接收。请换到网络好的地方再提交。',
  DATABASE_UNAVAILABLE: '系统暂时忙不过来，请过几分钟再试。',
  INTERNAL: '系统出了点问题，请稍后再试。如果一直不行，请联系村里的儿童主任。',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** A message with its `{name}` placeholders filled from the error's data (every code that has them is thrown with it). */
export const filledErrorMessage = (code: ErrorCode, data: Record<string, string> = {}): string =>
  errorMessages[code].replace(/\{(\w+)\}/g, (placeholder, key: string) => data[key] ?? placeholder);

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level hints for forms, keyed by dotted path. */
  fields?: Record<string, string>;
  requestId?: string;
  /** What the client needs to recover, e.g. `applicationId` of the application that already exists. */
  data?: Record<string, string>;
}

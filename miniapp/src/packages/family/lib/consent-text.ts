/**
 * The child-privacy notice the family agrees to, version CONSENT_VERSION (shared application-schemas).
 * Changing the wording means a new version there, so the server knows which text was agreed to.
 */
export const consentText =
  '我同意：为办理这项申请，村（社区）儿童主任、乡镇（街道）和县民政局的经办人员可以查看我填写的孩子和家庭情况、' +
  '孩子的身份证号码和上传的材料照片，并上门核实。这些信息只用于办理这项申请，不会给其他人看，' +
  '孩子的健康、残疾和父母服刑等情况会特别保护。我保证填写的情况真实。'

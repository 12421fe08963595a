/** Where each rule is written, cited by seed file and section (docs/policy.md "Sources"). */
export const sources = {
  orphan: '000_bf3765dc3c2ed23d.txt 第四章第一节、第四节（失去父母、查找不到生父母的未满18周岁儿童）',
  deFacto: '000_bf3765dc3c2ed23d.txt 第五章第一节（父母双方因死亡、失踪、弃养、服刑、重残或重病等情形不能履行抚养和监护责任）',
  lostContact: '民发〔2019〕62号 一（失联是指失去联系且未履行监护抚养责任6个月以上）；000_bf3765dc3c2ed23d.txt 第五章第一节',
  hiv: '000_bf3765dc3c2ed23d.txt 第四章第六节（艾滋病病毒感染儿童参照社会散居孤儿养育标准）',
  leftBehind: '000_bf3765dc3c2ed23d.txt 第四章第三节；001_b22904ff7a2abec8.txt 二（二）5（父母外出务工、未满十六周岁）',
  distressed: '000_bf3765dc3c2ed23d.txt 第四章第四节（家庭经济困难、符合低保条件的儿童属于困境儿童保障范围）',
  specialGrant: '001_b22904ff7a2abec8.txt 二（三）9（农村低保家庭义务教育阶段留守儿童和困境儿童，按当地低保标准的30%增发）',
  studyGrant: '000_bf3765dc3c2ed23d.txt 第一章第一节（福彩圆梦孤儿助学工程：年满18周岁后在高等院校及中等职业学校就读的孤儿）',
  rehabilitation: '000_bf3765dc3c2ed23d.txt 第四章第六节（0—6岁视力、听力、言语、智力、肢体残疾儿童和孤独症儿童康复救助）',
  disabilitySubsidies: '000_bf3765dc3c2ed23d.txt 第四章第六节（重度残疾和三级四级精神、智力残疾儿童护理补贴；可以重复享受）',
  temporaryAssistance: '000_bf3765dc3c2ed23d.txt 第四章第四节（遭遇突发性、紧迫性、临时性基本生活困难家庭的儿童实施临时救助）',
  migrant: '002_3af6e7b58dbd6ae5.txt （四）（跨县域异地居住6个月以上、不满十六周岁；中心城区市辖区之间除外）',
} as const;

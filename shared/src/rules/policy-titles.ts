/** The policy seeds the rules cite by file name (docs/policy.md), under the titles staff know them by. */
const policyTitles: Record<string, string> = {
  '000_bf3765dc3c2ed23d.txt': '《贵阳贵安儿童福利体系建设“十四五”规划》',
  '001_b22904ff7a2abec8.txt': '《贵州省农村留守儿童和困境儿童关爱服务质量提升三年行动实施方案》',
  '002_3af6e7b58dbd6ae5.txt': '《加强流动儿童关爱保护行动方案》',
  '003_466e6c8024ae2dbd.txt': '四川省《加强农村留守儿童和困境儿童关爱服务体系建设的实施方案（征求意见稿）》',
  '004_9ad5c6cb34088fe1.txt': '深圳市民政局等部门文件（深民〔2019〕81号）',
};

/** A rule's source as people read it: the seed's file name becomes the policy's title, the section stays. */
export function policyTitleOf(source: string): string {
  return source.replace(/\d{3}_[0-9a-f]{16}\.txt/g, (file) => policyTitles[file] ?? '政策文件');
}

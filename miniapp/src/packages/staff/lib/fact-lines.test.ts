import { describe, expect, it } from 'vitest'
import { factLines } from './fact-lines'

const village = { code: '520123103201', name: '六广村', level: 5 as const }

describe('factLines: the family’s answers as staff read them', () => {
  it.each([
    ['a parent in prison', { father: 'imprisoned' as const }, '父亲现在的情况', '服刑在押'],
    ['no disability', { disability: null }, '孩子是否有残疾，残疾类别和等级', '没有残疾'],
    ['a disability without a certificate yet', { disability: { kind: 'hearing' as const, grade: null } }, '孩子是否有残疾，残疾类别和等级', '听力残疾，还没有残疾证'],
    ['低保 money', { assistanceMonthly: 500 }, '孩子每月领取的低保金或特困供养金（按人均）', '每月 500 元'],
    ['a yes/no answer of false', { enrolled: false }, '孩子现在是否在校就读', '否'],
    ['the child’s own village by name', { hukouRegion: '520123103201' }, '孩子的户口所在地', '六广村'],
    ['another place by its code', { residenceRegion: '520123001001' }, '孩子现在居住的地方', '地区代码 520123001001'],
    ['特困供养 in the words the family picked', { familyAssistance: 'destituteSupport' as const }, '家庭是否享受低保或特困供养', '享受特困供养'],
    ['a disability grade as the family read it', { disability: { kind: 'physical' as const, grade: 2 as const } }, '孩子是否有残疾，残疾类别和等级', '肢体残疾，二级'],
  ])('%s', (_name, facts, question, answer) => {
    expect(factLines(facts, [village, null])).toEqual([expect.objectContaining({ question, answer })])
  })

  it('leaves out unanswered facts and the ID number (shown once at the top)', () => {
    expect(factLines({ residentId: '520123201506015019' }, [])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { ServiceItem } from '@ccs/shared/services/service-schemas'
import { emptyItemForm, itemFormOf, itemFromForm, newItemId, splitKeywords, type ItemForm } from './item-form-model'

const filled: ItemForm = {
  ...emptyItemForm('修文县民政局发布'),
  category: 'culture',
  title: ' 县图书馆少儿阅览室 ',
  forWhom: '全县14岁以下的孩子。',
  gives: '免费看书、借书，周末有故事会。',
  department: '修文县文化和旅游局',
  howToApply: '带孩子直接去县图书馆二楼。',
  documents: '户口簿\n\n  孩子的身份证 \n',
  keywords: '看书 图书馆、阅览室，故事会  看书',
}

describe('the 添加本县服务 form', () => {
  it('makes a residence item without conditions, trimmed, documents one a line and keywords split', () => {
    const result = itemFromForm(filled, '520123.abc123')
    expect(result.errors).toBeUndefined()
    expect(result.item).toMatchObject({
      id: '520123.abc123',
      title: '县图书馆少儿阅览室',
      documents: ['户口簿', '孩子的身份证'],
      keywords: ['看书', '图书馆', '阅览室', '故事会'],
      handledAt: 'residence',
      conditions: [],
      placeKinds: [],
      source: '修文县民政局发布',
    })
    expect(result.item).not.toHaveProperty('hotline', expect.anything())
  })

  it('says in Chinese what is missing or too long, one line per field', () => {
    const result = itemFromForm({ ...emptyItemForm(''), title: '长'.repeat(41), hotline: '请打电话', documents: '户'.repeat(61) }, '520123.x')
    expect(result.errors).toEqual({
      category: '请选择服务类别',
      title: '服务名称最多40个字，现在是41个字，请删短一些',
      forWhom: '请填写服务对象',
      gives: '请填写服务内容',
      department: '请填写负责部门',
      howToApply: '请填写怎么办',
      documents: '第1行太长了，每行最多60个字',
      hotline: '电话只能写数字和短横线“-”，3到20位，例如 0851-82345678',
      source: '请填写来源',
    })
  })

  it('editing keeps what the form does not show and the item reads back the same', () => {
    const original: ServiceItem = {
      ...itemFromForm(filled, '520123.reading').item!,
      hotline: '0851-82345678',
      handledAt: 'hukou',
      crossRegion: '在居住地的乡镇民政办提出。',
      conditions: [{ kind: 'ageBelow', years: 14 }],
    }
    const again = itemFromForm(itemFormOf(original), original.id, original)
    expect(again.item).toEqual(original)
  })

  it('new ids are the county code and a lowercase stamp, never one already taken', () => {
    const id = newItemId('520123', [], 1_700_000_000_000)
    expect(id).toMatch(/^520123\.[a-z0-9]+$/)
    expect(newItemId('520123', [id], 1_700_000_000_000)).not.toBe(id)
    expect(splitKeywords('　a、b , c')).toEqual(['a', 'b', 'c'])
  })
})

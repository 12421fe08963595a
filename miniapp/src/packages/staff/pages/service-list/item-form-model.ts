import {
  serviceItemSchema,
  type PlaceKind,
  type ServiceCategory,
  type ServiceItem,
} from '@ccs/shared/services/service-schemas'

/** What the 添加本县服务 / 修改 form holds, as typed: lists are text, one entry a line or a word. */
export interface ItemForm {
  category: ServiceCategory | null
  title: string
  forWhom: string
  gives: string
  department: string
  howToApply: string
  /** One document a line. */
  documents: string
  hotline: string
  placeKinds: PlaceKind[]
  /** The region's own places that serve it, by id. */
  placeIds: string[]
  /** Separated by spaces or 、. */
  keywords: string
  source: string
}

export type ItemFormField = keyof ItemForm
export type ItemFormErrors = Partial<Record<ItemFormField, string>>

/** The written fields: their names as the form shows them and the most characters the schema allows. */
export const textFields = {
  title: { label: '服务名称', max: 40 },
  forWhom: { label: '服务对象', max: 300 },
  gives: { label: '服务内容', max: 500 },
  department: { label: '负责部门', max: 100 },
  howToApply: { label: '怎么办', max: 600 },
  source: { label: '来源', max: 200 },
} as const satisfies Partial<Record<ItemFormField, { label: string; max: number }>>

export const DOCUMENT_MAX = 60
export const DOCUMENTS_MAX = 20
export const KEYWORD_MAX = 20
export const KEYWORDS_MAX = 30

export function emptyItemForm(source: string): ItemForm {
  return { category: null, title: '', forWhom: '', gives: '', department: '', howToApply: '', documents: '', hotline: '', placeKinds: [], placeIds: [], keywords: '', source }
}

export function itemFormOf(item: ServiceItem): ItemForm {
  return {
    category: item.category,
    title: item.title,
    forWhom: item.forWhom,
    gives: item.gives,
    department: item.department,
    howToApply: item.howToApply,
    documents: item.documents.join('\n'),
    hotline: item.hotline ?? '',
    placeKinds: item.placeKinds,
    placeIds: item.placeIds ?? [],
    keywords: item.keywords.join(' '),
    source: item.source,
  }
}

/** The non-empty lines, trimmed. */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)

/** Words separated by spaces (ASCII or full-width), 、 or commas; repeats dropped. */
export const splitKeywords = (text: string): string[] => [...new Set(text.split(/[\s\u3000、，,；;]+/).filter((word) => word.length > 0))]

/**
 * A new id for a county's own item: `<regionCode>.<time in base 36>`, lowercase letters and digits, as the
 * schema wants; the titles are Chinese, so the moment of adding is the short, unique part.
 */
export function newItemId(regionCode: string, taken: readonly string[], now = Date.now()): string {
  let stamp = now
  while (taken.includes(`${regionCode}.${stamp.toString(36)}`)) stamp += 1
  return `${regionCode}.${stamp.toString(36)}`
}

type Issue = { path: PropertyKey[]; code: string }

/** One plain sentence per field, whatever zod found wrong with it. */
function messageFor(issue: Issue, form: ItemForm): [ItemFormField, string] | null {
  const [field, index] = issue.path
  switch (field) {
    case 'category':
      return ['category', '请选择服务类别']
    case 'title':
    case 'forWhom':
    case 'gives':
    case 'department':
    case 'howToApply':
    case 'source': {
      const { label, max } = textFields[field]
      if (issue.code === 'too_big') return [field, `${label}最多${max}个字，现在是${form[field].trim().length}个字，请删短一些`]
      return [field, `请填写${label}`]
    }
    case 'documents':
      if (typeof index === 'number') return ['documents', `第${index + 1}行太长了，每行最多${DOCUMENT_MAX}个字`]
      return ['documents', `要带的材料最多写${DOCUMENTS_MAX}行`]
    case 'hotline':
      return ['hotline', '电话只能写数字和短横线“-”，3到20位，例如 0851-82345678']
    case 'keywords':
      if (typeof index === 'number') return ['keywords', `“${splitKeywords(form.keywords)[index] ?? ''}”太长了，每个词最多${KEYWORD_MAX}个字`]
      return ['keywords', `搜索用的词最多${KEYWORDS_MAX}个`]
    case 'placeKinds':
      return ['placeKinds', '提供服务的地方最多选5种']
    case 'placeIds':
      return ['placeIds', '办理地点最多选10个']
    default:
      return null
  }
}

export type ItemFromForm = { item: ServiceItem; errors?: undefined } | { item?: undefined; errors: ItemFormErrors }

/**
 * The item the form describes, checked with the shared `serviceItemSchema`. A county's own services are
 * handled where the family lives and have no conditions; editing keeps what the form does not show
 * (e.g. conditions or 跨省通办 text of an item written elsewhere).
 */
export function itemFromForm(form: ItemForm, id: string, original?: ServiceItem): ItemFromForm {
  const hotline = form.hotline.trim()
  const candidate = {
    ...(original ?? { handledAt: 'residence', conditions: [] }),
    id,
    category: form.category ?? undefined,
    title: form.title,
    forWhom: form.forWhom,
    gives: form.gives,
    department: form.department,
    howToApply: form.howToApply,
    documents: splitLines(form.documents),
    hotline: hotline === '' ? undefined : hotline,
    placeKinds: form.placeKinds,
    placeIds: form.placeIds.length > 0 ? form.placeIds : undefined,
    keywords: splitKeywords(form.keywords),
    source: form.source,
  }
  const parsed = serviceItemSchema.safeParse(candidate)
  if (parsed.success) return { item: parsed.data }
  const errors: ItemFormErrors = {}
  for (const issue of parsed.error.issues) {
    const found = messageFor(issue, form)
    if (found && !errors[found[0]]) errors[found[0]] = found[1]
  }
  // Something the form cannot show (a field kept from the original): say so rather than fail silently.
  if (Object.keys(errors).length === 0) errors.title = '这项服务的内容有误，请联系管理员检查'
  return { errors }
}

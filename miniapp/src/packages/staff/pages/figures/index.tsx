import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { figureOwnerLabels, unitLabels, type FigureEntry } from '@ccs/shared/rules/figure-entry'
import type { EnteredFigure, FigurePreview, StaffFigure, StaffFigures } from '@ccs/shared/rules/figure-entry-schema'
import { placeholderFigureNote } from '@ccs/shared/rules/programme'
import { errorMessageOf } from '../../../../api/api-error'
import Tappable from '../../../../components/tappable'
import { formatDate, formatMoment } from '../../../../lib/format-date'
import { newUuid } from '../../../../lib/new-uuid'
import { enterFigure, fetchStaffFigures, previewFigure } from '../../api/figures-api'
import DeskFrame from '../../components/desk-frame'
import '../staff.scss'

/** `benefits.minimum_living_standard.rural` → `benefits-minimum_living_standard-rural`, for stable element ids. */
const slugOf = (name: string) => name.replaceAll('.', '-')
const unitOf = (figure: StaffFigure) => unitLabels[figure.unit as keyof typeof unitLabels]

interface Draft {
  name: string
  value: string
  effectiveFrom: string
  documentNumber: string
  /** Kept until the value is saved, so a repeated tap or a retry on a weak network saves it once. */
  key: string
}

function History({ figure }: { figure: StaffFigure }) {
  return (
    <View className='staff__card'>
      <Text className='field-label'>历次数值（新的在上）</Text>
      {figure.history.map((entry) => (
        <Text key={`${entry.regionCode}-${entry.effectiveFrom}-${entry.enteredAt ?? 'shipped'}`} className='staff__line'>
          {formatDate(entry.effectiveFrom)}起 {entry.value} {unitOf(figure)}（{entry.regionName ?? entry.regionCode}）·{' '}
          {entry.enteredAt
            ? `依据 ${entry.basis}，${entry.enteredBy ?? '管理员'}于${formatMoment(entry.enteredAt)}录入`
            : entry.placeholder
              ? '占位数值，随系统发布，尚待本地录入'
              : '随系统发布'}
        </Text>
      ))}
      {figure.history.length === 0 && <Text className='staff__line muted'>还没有任何数值。</Text>}
    </View>
  )
}

function PreviewResult({ preview, unit }: { preview: FigurePreview; unit: string }) {
  return (
    <View id='figure-preview-result' className='staff__card'>
      <Text className='staff__title'>
        自{formatDate(preview.effectiveFrom)}起改为 {preview.value} {unit}，会影响：
      </Text>
      <Text id='figure-preview-counts' className='staff__line'>
        本地待审批的申请共 {preview.open} 件，其中 {preview.changed} 件现在批准的话金额会变。
      </Text>
      {preview.examples.map((example) => (
        <Text key={example.reference ?? example.before} className='staff__line'>
          {example.reference ?? '（未编号）'}：{example.before} → {example.after}
        </Text>
      ))}
      <Text className='staff__line muted'>已批准的 {preview.approvedUnaffected} 件，金额在批准时已经定下，不受影响。</Text>
    </View>
  )
}

/**
 * 标准和金额: the figures of the administrator's region with their history; at the level that sets a figure, a new
 * value with its effective date and document number, previewed against the open cases it would change, then saved.
 * Nothing saved is changed afterwards: a correction is a new entry.
 */
export default function StaffFiguresPage() {
  const [figures, setFigures] = useState<StaffFigures | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [preview, setPreview] = useState<FigurePreview | null>(null)
  const [saved, setSaved] = useState<EnteredFigure | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = async () => {
    try {
      setFigures(await fetchStaffFigures())
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }
  useEffect(() => {
    void load()
  }, [])

  const open = (name: string) => {
    setDraft({ name, value: '', effectiveFrom: '', documentNumber: '', key: newUuid() })
    setPreview(null)
    setSaved(null)
    setError(null)
  }
  // Any change to what was previewed asks for a new preview before saving.
  const change = (field: 'value' | 'effectiveFrom' | 'documentNumber', text: string) => {
    setDraft((current) => current && { ...current, [field]: text })
    setPreview(null)
  }
  const entryOf = (current: Draft): FigureEntry => ({
    regionCode: figures!.regionCode,
    effectiveFrom: current.effectiveFrom.trim() as FigureEntry['effectiveFrom'],
    value: Number(current.value.trim()),
    documentNumber: current.documentNumber,
  })

  const run = async (step: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await step()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const showPreview = () => run(async () => setPreview(await previewFigure(draft!.name, entryOf(draft!))))
  const save = () =>
    run(async () => {
      const entered = await enterFigure(draft!.name, entryOf(draft!), draft!.key)
      setDraft(null)
      setPreview(null)
      setSaved(entered)
      await load()
    })

  return (
    <DeskFrame id='screen-staff-figures' layout='reading'>
      <Text className='page-title'>标准和金额</Text>
      <Text className='page-lead muted'>
        {figures?.regionName ?? '本地区'}适用的补贴标准和历次数值。本级制定的标准由系统管理员在这里录入新数值：写明从哪天起执行和依据文件的文号，先预览会影响哪些申请，再保存。保存后不能修改，录错了请再录入一条更正。
      </Text>
      {saved && (
        <Text id='figure-saved' className='staff__line'>
          已保存：自{formatDate(saved.effectiveFrom)}起为 {saved.value}（依据 {saved.basis}）。申请的金额和家长手机上的估算马上按新数值计算。
        </Text>
      )}
      {error && !draft && <Text id='figure-error' className='form-error'>{error}</Text>}
      {figures && [...figures.figures].sort((a, b) => Number(b.mayEnter) - Number(a.mayEnter)).map((figure) => {
        const slug = slugOf(figure.name)
        const editing = draft?.name === figure.name
        return (
          <View key={figure.name} id={`figure-${slug}`} className='card staff__card'>
            <Text className='staff__title'>{figure.description.split('。')[0]}</Text>
            {figure.inForce ? (
              <Text id={`figure-${slug}-in-force`} className='staff__line'>
                现行：{figure.inForce.value} {unitOf(figure)}，自{formatDate(figure.inForce.effectiveFrom)}起
              </Text>
            ) : (
              <Text id={`figure-${slug}-in-force`} className='staff__line'>现行：尚未录入，这项补贴暂时不能批准</Text>
            )}
            {figure.inForce?.placeholder && <Text id={`figure-${slug}-placeholder`} className='form-error'>{placeholderFigureNote}</Text>}
            <Text className='staff__line muted'>
              由{figureOwnerLabels[figure.owner]}民政部门制定{figure.mayEnter ? '，由您录入' : '，您这里只能查看'}
            </Text>
            <History figure={figure} />
            {figure.mayEnter && !editing && (
              <Tappable id={`figure-${slug}-add`} className='text-link' onClick={() => open(figure.name)}>
                录入新数值
              </Tappable>
            )}
            {editing && draft && (
              <View id='figure-form'>
                <Text className='field-label'>新数值（{unitOf(figure)}）</Text>
                <Input id='figure-value' className='field-input' type='digit' maxLength={10} value={draft.value} onChange={(text) => change('value', text)} />
                <Text className='field-label'>从哪天起执行（年-月-日）</Text>
                <Input id='figure-from' className='field-input' maxLength={10} placeholder='例如：2027-01-01' value={draft.effectiveFrom} onChange={(text) => change('effectiveFrom', text)} />
                <Text className='field-label'>依据文件的文号</Text>
                <Input id='figure-document' className='field-input' maxLength={80} placeholder='例如：修民发〔2026〕18号' value={draft.documentNumber} onChange={(text) => change('documentNumber', text)} />
                {error && <Text id='figure-error' className='form-error'>{error}</Text>}
                {preview && <PreviewResult preview={preview} unit={unitOf(figure)} />}
                {!preview ? (
                  <Button id='figure-preview' className='staff__submit' type='primary' size='large' block disabled={busy} onClick={() => void showPreview()}>
                    {busy ? '正在计算…' : '预览会影响哪些申请'}
                  </Button>
                ) : (
                  <Button id='figure-save' className='staff__submit' type='primary' size='large' block disabled={busy} onClick={() => void save()}>
                    {busy ? '正在保存…' : '确认保存'}
                  </Button>
                )}
                <Tappable id='figure-cancel' className='text-link' onClick={() => setDraft(null)}>
                  不录了
                </Tappable>
              </View>
            )}
          </View>
        )
      })}
    </DeskFrame>
  )
}

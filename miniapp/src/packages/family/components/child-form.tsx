import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { guardianRelationLabels, type GuardianRelation } from '@ccs/shared/children/guardian-relations'
import { currentPageUrl } from '../../../session/return-after-sign-in'
import { formatDate } from '../../../lib/format-date'
import VillageField from './village-field'
import HandoverNote from './handover-note'
import ChildConsentField from './child-consent-field'
import ErrorSummary from '../../../components/error-summary'
import { useChildForm, type ChildFormOptions, type Errors } from './use-child-form'

// The page to go back to is passed along: a page opened by link or after a reload has nothing to navigate back to.
function openChildPrivacy(back: string | null) {
  void Taro.navigateTo({ url: `/packages/family/pages/child-privacy/index${back ? `?back=${encodeURIComponent(back)}` : ''}` })
}

/** Where each message's link in the error summary moves to, in the order of the form. */
const fieldIds: Record<keyof Errors, string> = {
  name: 'child-name',
  residentId: 'child-resident-id',
  relation: 'child-relation',
  guardianName: 'child-guardian-name',
  hukou: 'child-hukou',
  hukouAddress: 'child-hukou-address',
  residence: 'child-residence',
  consent: 'child-consent',
  save: 'child-save-error',
}

/**
 * Adds a child, or edits one: name, resident ID (checked as it is typed), how the applicant is related, the hukou
 * place (a village; from anywhere in China a county or township with the written address) and, when different or
 * when the hukou is elsewhere, where the child lives now. The child's id is made once per form and kept
 * on the phone with what was typed, so a reload loses nothing and pressing 保存 again after a dropped
 * answer adds the child once. Editing, the ID number is shown masked and typed only to correct it.
 */
interface Props extends ChildFormOptions {
  onCancel?(): void
  /** Where the privacy notice's own page comes back to, when not this page as it is now (it opens the form). */
  backUrl?: string
}

export default function ChildForm({ onSaved, onCancel, initial, backUrl, editing }: Props) {
  const form = useChildForm({ onSaved, initial, editing })
  const { draft, outside, residenceAsked, set, errors, busy, failures, privacy, needsConsent, parsed, save } = form
  const { name, residentId, relation, hukou, livesElsewhere, residence } = draft

  if (!privacy.data && !privacy.error) return <Text className='family__line muted'>正在加载…</Text>

  return (
    <View id='child-form' className='child-form'>
      {failures > 0 && (
        <ErrorSummary
          key={failures}
          id='child-error-summary'
          errors={(Object.keys(fieldIds) as (keyof Errors)[]).flatMap((key) => (errors[key] ? [{ field: fieldIds[key], message: errors[key] }] : []))}
        />
      )}
      <Text className='field-label'>孩子的姓名</Text>
      <Input id='child-name' className='field-input' placeholder='和户口簿上一样' value={name} onChange={(text) => set('name', text)} />
      {errors.name && <Text id='child-name-error' className='form-error'>{errors.name}</Text>}

      <Text className='field-label'>孩子的身份证号码</Text>
      {editing && (
        <Text id='child-resident-id-kept' className='family__line muted'>
          现在是 {editing.maskedResidentId}。没有填错就不用再填；填错了，请重新输入完整的18位号码。
        </Text>
      )}
      <Input
        id='child-resident-id'
        className='field-input'
        type='idcard'
        maxLength={18}
        placeholder={editing ? '不改就空着' : '18位，在户口簿上'}
        value={residentId}
        onChange={(text) => set('residentId', text)}
        onBlur={form.checkResidentId}
      />
      {errors.residentId && <Text id='child-resident-id-error' className='form-error'>{errors.residentId}</Text>}
      {parsed.valid && (
        <Text id='child-birth' className='family__line muted'>
          出生日期 {formatDate(parsed.birthDate)}，{parsed.sex === 'male' ? '男孩' : '女孩'}
        </Text>
      )}

      <Text className='field-label'>您是孩子的</Text>
      <View id='child-relation' className='choice-row'>
        {(Object.keys(guardianRelationLabels) as GuardianRelation[]).map((key) => (
          <Tappable
            key={key}
            id={`child-relation-${key}`}
            className={`choice ${relation === key ? 'choice--selected' : ''}`}
            role='radio'
            aria-checked={relation === key}
            onClick={() => set('relation', key)}
          >
            <View className='choice__mark' />
            <Text>{guardianRelationLabels[key]}</Text>
          </Tappable>
        ))}
      </View>
      {errors.relation && <Text id='child-relation-error' className='form-error'>{errors.relation}</Text>}

      <Text className='field-label'>您的姓名</Text>
      <Text className='family__line muted'>村里的儿童主任上门核实前，会按这个名字和您的手机号联系您。</Text>
      <Input
        id='child-guardian-name'
        className='field-input'
        placeholder='和身份证上一样'
        value={draft.guardianName ?? ''}
        onChange={(text) => set('guardianName', text)}
      />
      {errors.guardianName && <Text id='child-guardian-name-error' className='form-error'>{errors.guardianName}</Text>}

      <Text className='field-label'>户口所在地</Text>
      <Text className='family__line muted'>照户口簿选。户口在外省或本系统还没开通的地方，选到县（区）或乡镇（街道）就可以。</Text>
      <VillageField id='child-hukou' anywhere value={hukou} onChange={(village) => set('hukou', village)} />
      {errors.hukou && <Text id='child-hukou-error' className='form-error'>{errors.hukou}</Text>}
      {outside && (
        <>
          <Text className='field-label'>户籍详细地址</Text>
          <Input
            id='child-hukou-address'
            className='field-input'
            placeholder='照户口簿写到村（社区）、门牌'
            maxLength={100}
            value={draft.hukouAddress ?? ''}
            onChange={(text) => set('hukouAddress', text)}
          />
          {errors.hukouAddress && <Text id='child-hukou-address-error' className='form-error'>{errors.hukouAddress}</Text>}
        </>
      )}

      {!outside && (
        <Tappable
          id='child-lives-elsewhere'
          className={`consent ${livesElsewhere ? 'consent--checked' : ''}`}
          role='checkbox'
          aria-checked={livesElsewhere}
          onClick={() => set('livesElsewhere', !livesElsewhere)}
        >
          <Text className='consent__box'>{livesElsewhere ? '✓' : ''}</Text>
          <Text className='consent__text'>孩子现在不住在户口所在地（比如跟着父母在外地上学）</Text>
        </Tappable>
      )}
      {residenceAsked && hukou && (
        <>
          <Text className='field-label'>孩子现在住的村（社区）</Text>
          <VillageField id='child-residence' value={residence} onChange={(village) => set('residence', village)} />
          {errors.residence && <Text id='child-residence-error' className='form-error'>{errors.residence}</Text>}
          {outside && residence && <HandoverNote hukou={hukou.code} residence={residence.code} />}
        </>
      )}
      {livesElsewhere && !hukou && <Text className='family__line muted'>请先选好户口所在地，再选现在住的地方。</Text>}

      {needsConsent && (
        <ChildConsentField
          title={privacy.data?.notice.title ?? '儿童个人信息保护说明'}
          ticked={form.consentTicked}
          onTick={form.tickConsent}
          onRead={() => openChildPrivacy(backUrl ?? currentPageUrl())}
          error={errors.consent}
        />
      )}

      {errors.save && <Text id='child-save-error' className='form-error'>{errors.save}</Text>}
      <Button id='child-save' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void save()}>
        {busy ? '正在保存…' : editing ? '保存修改' : '保存孩子信息'}
      </Button>
      {onCancel && (
        <Tappable id='child-cancel' className='text-link' onClick={onCancel}>
          取消
        </Tappable>
      )}
    </View>
  )
}

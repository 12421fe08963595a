import { useCallback, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { contactKindLabels, contactKinds, daysAgoLabel, type ContactKind } from '@ccs/shared/agreements/agreement-contact-labels'
import { errorMessageOf } from '../../../api/api-error'
import { useLoadedOnShow } from '../../../hooks/use-load-on-show'
import { newUuid } from '../../../lib/new-uuid'
import { fetchAgreementContacts, recordContact } from '../api/agreement-contacts-api'
import './contact-card.scss'

/**
 * 记录一次联系 (issue 4 §7): the parent working away taps what they just did; the village sees who has not
 * been in touch for more than a week (001 §5, §11). A failed tap keeps its id, so tapping again records it once.
 */
export default function ContactCard({ agreement }: { agreement: Agreement }) {
  const load = useCallback(() => fetchAgreementContacts(agreement.id), [agreement.id])
  const contacts = useLoadedOnShow(load)
  const pending = useRef<{ kind: ContactKind; id: string } | null>(null)
  const [busy, setBusy] = useState<ContactKind | null>(null)
  const [done, setDone] = useState<ContactKind | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function record(kind: ContactKind) {
    if (pending.current?.kind !== kind) pending.current = { kind, id: newUuid() }
    setBusy(kind)
    setError(null)
    setDone(null)
    try {
      await recordContact(agreement.id, pending.current.id, { kind, with: 'both' })
      pending.current = null
      setDone(kind)
      contacts.setData(await load())
    } catch (e) {
      setError(`${errorMessageOf(e)}（没记上，请再点一次）`)
    } finally {
      setBusy(null)
    }
  }

  const days = contacts.data?.daysSinceContact ?? null
  const tooLong = days !== null && contacts.data !== null && days > contacts.data.maxGapDays
  return (
    <View id='contact-card' className='card agreements__card contact-card'>
      <Text className='agreements__title'>记录一次联系</Text>
      <Text className='agreements__line muted'>每周至少和孩子、照护人联系一次。联系过了，点一下就记上。</Text>
      {contacts.data && (
        <Text id='last-contact' className={`agreements__line ${tooLong ? 'agreements__missing' : 'agreements__ok'}`}>
          {contacts.data.lastContactAt === null ? '还没有记录过联系' : `上次联系：${daysAgoLabel(days ?? 0)}`}
          {tooLong ? `，已经${days}天了，给孩子打个电话吧` : ''}
        </Text>
      )}
      {contacts.error && <Text id='contact-load-error' className='form-error'>{contacts.error}</Text>}
      <View className='contact-card__buttons'>
        {contactKinds.map((kind) => (
          <Button
            key={kind}
            id={`contact-${kind}`}
            className='contact-card__button'
            type='primary'
            fill={done === kind ? 'solid' : 'outline'}
            size='large'
            disabled={busy !== null}
            onClick={() => void record(kind)}
          >
            {busy === kind ? '正在记…' : contactKindLabels[kind]}
          </Button>
        ))}
      </View>
      {done && <Text id='contact-done' className='agreements__line agreements__ok'>记好了：{contactKindLabels[done]}。</Text>}
      {error && <Text id='contact-error' className='form-error'>{error}</Text>}
    </View>
  )
}

import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { formatDate, formatMoment } from '../../../../lib/format-date'
import { acknowledgeAgreement, fetchAgreementCoverage, fetchStaffAgreements } from '../../api/staff-agreements-api'
import ContactGaps from '../../components/contact-gaps'
import AgreementsInForce from '../../components/agreements-in-force'
import '../staff.scss'
import DeskFrame from '../../components/desk-frame'

const fetchNewFilings = () => fetchStaffAgreements('signed')

/** One signed agreement waiting to be archived, with the director's one action on it. */
function Filing({ agreement, onFiled }: { agreement: Agreement; onFiled(): void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function acknowledge() {
    setBusy(true)
    setError(null)
    try {
      await acknowledgeAgreement(agreement.id)
      onFiled()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View id={`filing-${agreement.id}`} className='card staff__card'>
      <Text className='staff__title'>{agreement.children.map((child) => child.name).join('、')}</Text>
      <Text className='staff__line'>照护人：{agreement.caregiver.name}（{agreement.caregiver.relation}），电话 {agreement.caregiver.phone}</Text>
      <Text className='staff__line'>托付时间：{formatDate(agreement.period.start)} 到 {formatDate(agreement.period.end)}</Text>
      {agreement.signatures.map((signature) => (
        <Text key={signature.party} className='staff__line'>{signature.name} {formatMoment(signature.at)} 签字</Text>
      ))}
      {error && <Text id={`filing-${agreement.id}-error`} className='form-error'>{error}</Text>}
      <Button id={`acknowledge-${agreement.id}`} className='staff__submit' type='primary' size='large' block disabled={busy} onClick={acknowledge}>
        {busy ? '正在存档…' : '已收到，存档'}
      </Button>
    </View>
  )
}

/** 委托照护协议 for the child director: new signed agreements to archive (已存档) and the village's coverage. */
export default function StaffAgreementsPage() {
  const filings = useLoadedOnShow(fetchNewFilings)
  const coverage = useLoadedOnShow(fetchAgreementCoverage)
  const [filed, setFiled] = useState<string[]>([])

  const waiting = filings.data?.filter((agreement) => !filed.includes(agreement.id))
  return (
    <DeskFrame id='screen-staff-agreements' layout='reading'>
      <Text className='page-title'>委托照护协议</Text>
      <Text className='section-title'>新签的协议，等您存档</Text>
      {filings.error && <Text id='filings-error' className='form-error'>{filings.error}</Text>}
      {waiting?.length === 0 && <Text id='filings-empty' className='staff__empty'>没有等存档的协议。</Text>}
      {waiting?.map((agreement) => (
        <Filing
          key={agreement.id}
          agreement={agreement}
          onFiled={() => {
            setFiled([...filed, agreement.id])
            void fetchAgreementCoverage().then(coverage.setData).catch(() => undefined)
          }}
        />
      ))}
      {filed.length > 0 && <Text id='filings-done' className='staff__line staff__ok'>刚存档 {filed.length} 份。</Text>}

      <AgreementsInForce filedCount={filed.length} />

      <Text className='section-title'>留守儿童协议覆盖情况</Text>
      {coverage.error && <Text id='coverage-error' className='form-error'>{coverage.error}</Text>}
      {coverage.data && (
        <View id='coverage' className='card staff__card'>
          <Text id='coverage-summary' className='staff__title'>
            {coverage.data.village?.name ?? '负责地区'}：留守儿童 {coverage.data.total} 人，已有协议 {coverage.data.covered} 人
          </Text>
          {coverage.data.children.map((child) => (
            <Text key={child.childId} id={`coverage-${child.childId}`} className={`staff__line ${child.covered ? 'staff__ok' : 'staff__warn'}`}>
              {child.name}：{child.covered ? `有协议${child.periodEnd ? `，到 ${formatDate(child.periodEnd)}` : ''}` : '还没有有效的协议'}
            </Text>
          ))}
        </View>
      )}

      <ContactGaps />
    </DeskFrame>
  )
}

import { useCallback, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { agreementPartyLabels } from '@ccs/shared/agreements/agreement-status'
import { errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { formatDate, formatMoment } from '../../../../lib/format-date'
import TextField from '../../components/text-field'
import { verifyAgreement } from '../../api/agreements-api'
import { checkCodeProblem, parseTypedCheck } from '@ccs/shared/agreements/check-code'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'

/**
 * Public verification (reached from the QR code on the paper copy or the link sent to the school): whether the
 * agreement is on file, who signed when (names masked, no ID numbers), and whether a copy's printed code matches.
 */
export default function VerifyPage() {
  const code = useRouter().params.code ?? ''
  const load = useCallback(() => verifyAgreement(code), [code])
  const { data: result, error } = useLoadedOnShow(load)
  const [hash, setHash] = useState('')
  const [check, setCheck] = useState<{ matches: boolean } | { error: string } | null>(null)

  async function compare() {
    const typed = parseTypedCheck(hash)
    if (!typed) return setCheck({ error: checkCodeProblem(hash) })
    try {
      setCheck({ matches: (await verifyAgreement(code, 'checkCode' in typed ? typed.checkCode : typed.contentHash)).matches === true })
    } catch (e) {
      setCheck({ error: errorMessageOf(e) })
    }
  }

  return (
    <PageFrame id='screen-verify' className='agreements'>
      <Text className='page-title'>委托照护协议核验</Text>
      {error && <Text id='verify-error' className='form-error'>{error}</Text>}
      {!result && !error && <Text className='agreements__line muted'>正在核验…</Text>}
      {result && !result.found && (
        <Text id='verify-result' className='agreements__line agreements__missing'>
          没有找到这份协议。请核对核验码 <Text id='verify-code'>{code}</Text>，或问孩子所在村的儿童主任。
        </Text>
      )}
      {result?.found && (
        <View className='card agreements__card'>
          <Text id='verify-result' className='agreements__title agreements__ok'>
            协议真实有效：{result.statusLabel}
          </Text>
          {result.villageName && <Text className='agreements__line'>备案的村：{result.villageName}</Text>}
          {result.period && <Text className='agreements__line'>托付时间：{formatDate(result.period.start)} 到 {formatDate(result.period.end)}</Text>}
          {result.signatures.map((signature) => (
            <Text key={signature.party} id={`verify-signature-${signature.party}`} className='agreements__line'>
              {agreementPartyLabels[signature.party]} {signature.name}，{formatMoment(signature.at)} 签字
            </Text>
          ))}
          {result.filedAt && <Text className='agreements__line'>村里 {formatMoment(result.filedAt)} 存档</Text>}
          {result.checkCode && (
            <Text className='agreements__line'>
              存档协议的防伪码：<Text id='verify-check-code' className='agreements__check-code'>{result.checkCode}</Text>
            </Text>
          )}
          {result.contentHash && (
            <>
              <Text className='agreements__line muted'>完整校验值（给核对印章的人用）：</Text>
              <Text id='verify-hash' className='agreements__hash muted'>{result.contentHash}</Text>
            </>
          )}
        </View>
      )}
      {result?.found && (
        <>
          <TextField id='verify-copy-hash' label='核对手上的纸质协议：输入纸上印的防伪码（8位，大小写都可以）' placeholder='例如 K7PX-3MQ9' value={hash} onChange={setHash} />
          {check && 'matches' in check && (
            <Text id='verify-copy-result' className={`agreements__line ${check.matches ? 'agreements__ok' : 'agreements__missing'}`}>
              {check.matches
                ? '一致：这份纸质协议和存档的一样。'
                : '不一致：纸上的防伪码和存档的不一样。这份纸质协议可能是改动以前打印的，也可能被改过，请问村里的儿童主任。'}
            </Text>
          )}
          {check && 'error' in check && <Text id='verify-copy-error' className='form-error'>{check.error}</Text>}
          <Button id='verify-compare' className='agreements__button' type='primary' size='xlarge' block onClick={compare}>
            核对
          </Button>
        </>
      )}
    </PageFrame>
  )
}

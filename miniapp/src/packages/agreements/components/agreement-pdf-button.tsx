import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { ApiError, errorMessageOf } from '../../../api/api-error'
import { downloadAgreementPdf } from '../lib/download-agreement-pdf'

/** 下载协议（PDF）: each party keeps the signed agreement, with its signatures and verification code, on the phone. */
export default function AgreementPdfButton({ agreementId }: { agreementId: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function download() {
    setError(null)
    setBusy(true)
    try {
      await downloadAgreementPdf(agreementId)
    } catch (e) {
      setError(e instanceof ApiError ? errorMessageOf(e) : '协议没有下载下来，请检查网络后再点一次。')
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button id='agreement-pdf' className='agreements__button' size='xlarge' block disabled={busy} onClick={download}>
        {busy ? '正在下载…' : '下载协议（PDF）'}
      </Button>
      {error && <Text id='agreement-pdf-error' className='form-error'>{error}</Text>}
    </>
  )
}

import { Button as ShareButton, Text, View } from '@tarojs/components'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import CopyLinkButton from './copy-link-button'

const isWeapp = process.env.TARO_ENV === 'weapp'

/** The verification link as a full address on the portal; the mini-program shares the page itself. */
export function verificationLinkOf(path: string): string {
  return isWeapp ? path : `${window.location.origin}${path}`
}

/**
 * 告诉学校: the law asks the guardian who leaves to tell the school in writing (未成年人保护法 art. 22–23);
 * the teacher opens the link and sees that the agreement is real and who signed when, without ID numbers.
 */
export default function TellSchool({ agreement }: { agreement: Agreement }) {
  if (!agreement.verificationPath) return null
  const link = verificationLinkOf(agreement.verificationPath)
  return (
    <View id='tell-school' className='card agreements__card'>
      <Text className='agreements__title'>告诉学校</Text>
      <Text className='agreements__line'>
        孩子上学的学校或幼儿园也要知道谁在照顾孩子。把下面的核验链接发给班主任，老师打开就能看到协议是真的、谁在什么时候签的字。
      </Text>
      <Text id='verification-link' className='agreements__link'>{link}</Text>
      <Text className='agreements__line muted'>核验码 {agreement.verificationCode}</Text>
      {isWeapp ? (
        <ShareButton id='tell-school-share' className='agreements__share' openType='share'>
          发给老师
        </ShareButton>
      ) : (
        <CopyLinkButton id='tell-school-copy' link={link} copiedText='链接已复制，发给老师吧' />
      )}
    </View>
  )
}

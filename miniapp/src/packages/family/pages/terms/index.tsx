import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { signInTerms, type SignInTermKind } from '@ccs/shared/consent/sign-in-terms'
import { formatDate } from '../../../../lib/format-date'
import PageFrame from '../../../../components/page-frame'
import '../../family.scss'

/** 服务协议 or 个人信息处理说明, opened from the sign-in page's links; anyone may read them, signed in or not. */
export default function TermsPage() {
  const kind: SignInTermKind = useRouter().params.doc === 'privacy' ? 'privacy' : 'service'
  const term = signInTerms[kind]
  return (
    <PageFrame id={`screen-terms-${kind}`} className='family'>
      <Text id='terms-title' className='page-title'>{term.title}</Text>
      {term.sections.map((section) => (
        <View key={section.heading} className='card family__card'>
          <Text className='family__title'>{section.heading}</Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className='family__line'>
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
      <Text className='family__line muted'>本{term.title}自{formatDate(term.effectiveFrom)}起施行。</Text>
    </PageFrame>
  )
}

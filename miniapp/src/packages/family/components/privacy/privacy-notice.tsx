import { Text, View } from '@tarojs/components'
import type { ChildPrivacyNoticeView } from '@ccs/shared/consent/consent-schemas'
import { formatDate } from '../../../../lib/format-date'

/**
 * The child privacy notice as the server sends it, section by section in plain words; under 谁负责 the
 * family's own county bureau and village child director when they already have a child, and the hotline.
 */
export default function PrivacyNotice({ notice }: { notice: ChildPrivacyNoticeView }) {
  return (
    <View id='privacy-notice'>
      <Text className='page-lead'>{notice.lead}</Text>
      {notice.sections.map((section) => (
        <View key={section.heading} className='card family__card privacy__section'>
          <Text className='family__title'>{section.heading}</Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className='family__line'>
              {paragraph}
            </Text>
          ))}
          {section.heading === '谁负责' && (
            <>
              {notice.responsible.map((office) => (
                <Text key={office.village.code} id={`responsible-${office.village.code}`} className='family__line'>
                  {office.village.name}的孩子：{office.name}负责
                  {office.childDirector ? `，村（社区）儿童主任是${office.childDirector}` : ''}。
                </Text>
              ))}
              <Text className='family__line'>
                {notice.hotline.name}：{notice.hotline.number}
              </Text>
            </>
          )}
        </View>
      ))}
      <Text className='family__line muted'>本说明自{formatDate(notice.effectiveFrom)}起施行。</Text>
    </View>
  )
}

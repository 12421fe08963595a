import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Tappable from '../tappable'
import {
  AGREE_BUTTON_ID,
  agreePrivacyAuthorization,
  declinePrivacyAuthorization,
  exposePrivacyAuthorization,
  onPrivacyAuthorizationChange,
  privacyAuthorizationNeeded,
} from '../../lib/privacy-authorization'
import './index.scss'

/**
 * Mini-program: WeChat's privacy authorisation as words at the top of the page (not a pop-up), shown only
 * while a photo, camera or position request waits for it. The H5 build renders nothing (index.h5.tsx).
 */
export default function PrivacyAuthorization() {
  const [needed, setNeeded] = useState(privacyAuthorizationNeeded)
  useEffect(() => onPrivacyAuthorizationChange(setNeeded), [])
  useEffect(() => {
    if (needed) exposePrivacyAuthorization()
  }, [needed])
  if (!needed) return null

  return (
    <View id='privacy-authorization' className='privacy-authorization'>
      <Text className='privacy-authorization__title'>用这个功能前，请先同意隐私保护指引</Text>
      <Text className='privacy-authorization__text'>
        拍照、选照片、找离您近的地方，要用到手机的相机、相册或位置。请先看一看《隐私保护指引》，同意后才能用。
      </Text>
      <Tappable id='privacy-authorization-read' className='text-link' onClick={() => Taro.openPrivacyContract({})}>
        看《隐私保护指引》
      </Tappable>
      <Button
        id={AGREE_BUTTON_ID}
        className='privacy-authorization__agree'
        type='primary'
        openType='agreePrivacyAuthorization'
        onAgreePrivacyAuthorization={agreePrivacyAuthorization}
      >
        同意并继续
      </Button>
      <Tappable id='privacy-authorization-decline' className='text-link' onClick={declinePrivacyAuthorization}>
        不同意
      </Tappable>
    </View>
  )
}

import Taro from '@tarojs/taro'
import gcoord from 'gcoord'
import Tappable from '../../../components/tappable'
import type { Place } from '@ccs/shared/services/service-schemas'
import type { PlaceLocation } from '@ccs/shared/places/place-schemas'

/**
 * Opens WeChat's map at the place, from where the family can start navigation. Places are stored in WGS-84
 * (what phones measure); WeChat's map takes GCJ-02, which is some hundreds of metres off in China.
 * The portal's version (`navigate-button.h5.tsx`) is a link to a web map instead.
 */
export default function NavigateButton({ place, location }: { place: Place; location: PlaceLocation }) {
  const open = () => {
    const [longitude, latitude] = gcoord.transform([location.longitude, location.latitude], gcoord.WGS84, gcoord.GCJ02)
    void Taro.openLocation({ latitude, longitude, name: place.name, address: place.address, scale: 16 }).catch(() => undefined)
  }
  return (
    <Tappable id={`place-${place.id}-navigate`} className='call-button' onClick={open}>
      导航去这里
    </Tappable>
  )
}

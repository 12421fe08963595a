import type { Place } from '@ccs/shared/services/service-schemas'
import type { PlaceLocation } from '@ccs/shared/places/place-schemas'

/** Amap's web map at the place (it takes WGS-84 as stored and offers 路线, or opens the Amap app when the phone has it). */
const mapLinkOf = (place: Place, location: PlaceLocation) =>
  `https://uri.amap.com/marker?position=${location.longitude},${location.latitude}&name=${encodeURIComponent(place.name)}&coordinate=wgs84&callnative=1&src=ccs`

/** On the portal: a plain link to a map site, which a browser opens in a new tab (the mini-program opens WeChat's map). */
export default function NavigateButton({ place, location }: { place: Place; location: PlaceLocation }) {
  return (
    <a id={`place-${place.id}-navigate`} className='call-button' href={mapLinkOf(place, location)} target='_blank' rel='noopener noreferrer'>
      导航去这里（打开地图）
    </a>
  )
}

import { regionCodeLengths } from '@ccs/shared';
import type { Place } from '@ccs/shared/services/service-schemas';
import { cellsOf } from './geo-cells';
import type { PlaceDoc } from './place-model';

/** A place as stored, with what the geo and region lookups read: its cells (none without a location) and region prefixes. */
export function placeDoc(place: Place): PlaceDoc {
  const { id, ...rest } = place;
  return {
    _id: id,
    ...rest,
    cells: place.location ? cellsOf(place.location) : [],
    regionPrefixes: regionCodeLengths.filter((length) => length <= place.regionCode.length).map((length) => place.regionCode.slice(0, length)),
  };
}

/** The place a family reads from what is stored (`placeDoc`'s inverse): no lookup fields, no revision. */
export function placeOf({ _id, kind, name, regionCode, address, hours, phone, location }: PlaceDoc): Place {
  return {
    id: _id,
    kind,
    name,
    regionCode,
    address,
    hours,
    phone,
    ...(location ? { location: { latitude: location.latitude, longitude: location.longitude } } : {}),
  };
}

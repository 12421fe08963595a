import { z } from 'zod';

/** `纬度,经度` as a query parameter (`near=26.93,106.59`), WGS-84 as the phone gives it. */
export const nearSchema = z
  .string()
  .regex(/^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/, '位置应写成“纬度,经度”，例如 26.93,106.59')
  .transform((text) => {
    const [latitude, longitude] = text.split(',').map(Number) as [number, number];
    return { latitude, longitude };
  })
  .refine((point) => Math.abs(point.latitude) <= 90 && Math.abs(point.longitude) <= 180, '纬度应在-90到90之间，经度应在-180到180之间');

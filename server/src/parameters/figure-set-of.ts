import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import { regionFallbackChain, type Parameter } from '@ccs/shared';
import { loadParameterSet } from './load-parameter-set';

/**
 * Every figure as it holds in a region: the values of the region and the levels above it (all dates, so the app
 * can work out any day), with the entries its administrators confirmed. `version` is a hash of the content, the
 * answer's ETag, so a cache asks again cheaply and a new value shows at once.
 */
export async function figureSetOf(db: Connection, regionCode: string): Promise<{ regionCode: string; version: string; parameters: Record<string, Parameter> }> {
  const chain = regionFallbackChain(regionCode);
  const only = <T>(byRegion: Record<string, T> | undefined) => Object.fromEntries(Object.entries(byRegion ?? {}).filter(([code]) => chain.includes(code)));
  const parameters = Object.fromEntries(
    Object.entries(await loadParameterSet(db))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, parameter]) => {
        const { confirmed, ...rest } = parameter;
        return [name, { ...rest, values: only(parameter.values), ...(confirmed ? { confirmed: only(confirmed) } : {}) }];
      }),
  );
  const version = createHash('sha256').update(JSON.stringify(parameters)).digest('base64url').slice(0, 22);
  return { regionCode, version, parameters };
}

import { describe, expect, it } from 'vitest';
import { seedServiceLists } from '@ccs/shared/services/load-service-lists';
import { nationalBaseItemIds } from '@ccs/shared/services/national-base';
import { AppError } from '../errors/app-error';
import { assertPublishable, listCodesFor } from './service-list-rules';

const seeds = Object.fromEntries(seedServiceLists().map((list) => [list.regionCode, list.items]));
const context = (parents = seeds['52']!) => ({ nationalBaseItemIds, parents, known: seeds['52']! });

describe('the lists above a region', () => {
  it.each([
    ['520123103201', ['52', '5201', '520123']],
    ['520123103', ['52', '5201', '520123']],
    ['520123', ['52', '5201', '520123']],
    ['5201', ['52', '5201']],
    ['52', ['52']],
  ])('%s → %j', (code, expected) => expect(listCodesFor(code)).toEqual(expected));
});

describe('the publishing rules', () => {
  it('the seed lists would be published as they are', () => {
    expect(() => assertPublishable('52', seeds['52']!, context([]))).not.toThrow();
    expect(() => assertPublishable('5201', seeds['5201']!, context(seeds['52']))).not.toThrow();
    expect(() => assertPublishable('520123', seeds['520123']!, context([...seeds['52']!, ...seeds['5201']!]))).not.toThrow();
  });

  it('a province list without a base item is refused, naming it', () => {
    const without = seeds['52']!.filter((item) => item.id !== 'national.parents-jobs');
    const error = (() => {
      try {
        assertPublishable('52', without, context([]));
      } catch (thrown) {
        return thrown as AppError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe('SERVICE_LIST_BASE_MISSING');
    expect(error?.options.fields?.items).toContain('父母找工作、学技术（national.parents-jobs）');
  });

  it('a province item may be dropped if it is not a base item', () => {
    expect(() => assertPublishable('52', seeds['52']!.filter((item) => item.id !== 'gz.left-behind-care'), context([]))).not.toThrow();
  });

  it('a county list repeating a city item is refused; adding items is fine', () => {
    const city = seeds['5201']!;
    expect(() => assertPublishable('520123', [...seeds['520123']!, city[0]!], context([...seeds['52']!, ...city]))).toThrow(
      expect.objectContaining({ code: 'SERVICE_ITEM_IN_PARENT_LIST' }),
    );
    expect(() => assertPublishable('520123', [], context([...seeds['52']!, ...city]))).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalogs';
import { interpolate, translate } from './translate';

describe('translate', () => {
  it('fills in placeholders, in the loaded language', async () => {
    expect(translate(await loadCatalog('en'), 'home.rights.intro', { operator: 'Coco' })).toBe(
      'As a customer of Coco, you have these rights:',
    );
    expect(translate(await loadCatalog('vi'), 'home.rights.intro', { operator: 'Vanesa' })).toBe(
      'Là khách hàng của Vanesa, bạn có các quyền sau:',
    );
  });

  it('when a catalog is loaded twice, then it is the same promise, settled for React to read at once', async () => {
    const first = loadCatalog('nl');
    await first;
    expect(loadCatalog('nl')).toBe(first);
    expect(first).toMatchObject({ status: 'fulfilled' });
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('Hello {name} and {other}', { name: 'Ana' })).toBe('Hello Ana and {other}');
  });
});

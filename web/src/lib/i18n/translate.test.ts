import { describe, expect, it } from 'vitest';
import { interpolate, translate } from './translate';

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('en', 'home.rights.intro', { operator: 'Coco' })).toBe(
      'As a customer of Coco, you have these rights:',
    );
    expect(translate('vi', 'home.rights.intro', { operator: 'Vanesa' })).toBe(
      'Là khách hàng của Vanesa, bạn có các quyền sau:',
    );
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('Hello {name} and {other}', { name: 'Ana' })).toBe('Hello Ana and {other}');
  });
});

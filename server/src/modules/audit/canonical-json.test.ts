import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('when objects nest, then keys are sorted at every level and there is no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('when the same data arrives with keys in another order, then the text is identical', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(
      canonicalJson({ y: { q: 2, p: 1 }, x: 1 }),
    );
  });

  it('when keys differ only beyond ASCII, then they sort by UTF-16 code units (RFC 8785)', () => {
    expect(canonicalJson({ '\u00e9': 1, z: 2, '\ud83d\ude00': 3, '\ufb01': 4 })).toBe(
      '{"z":2,"\u00e9":1,"\ud83d\ude00":3,"\ufb01":4}',
    );
  });

  it('when a date is given, then it becomes its ISO string with milliseconds', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 10, 2, 9, 0, 0, 7)) })).toBe(
      '{"at":"2026-11-02T09:00:00.007Z"}',
    );
  });

  it('when strings need escaping, then JSON escaping applies', () => {
    expect(canonicalJson('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
  });

  it('when numbers are given, then they use the ECMAScript form', () => {
    expect(canonicalJson([1, 1.5, -0, 1e21, 0.1])).toBe('[1,1.5,0,1e+21,0.1]');
  });

  it('when a property is undefined, then it is left out as jsonb would', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['bigint', 1n],
    ['undefined', undefined],
    ['undefined in an array', [undefined]],
    ['a Map', new Map()],
    ['an invalid date', new Date('nope')],
  ])('when given %s, then it throws', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});

import type { en } from './en';

/** The shape of a message catalog: the keys of `en`, any string as each value. */
type TCatalogOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : TCatalogOf<T[K]> };

/** What `nl.ts` and `vi.ts` must satisfy: a missing or extra key is a type error. */
export type TCatalog = TCatalogOf<typeof en>;

type TLeafKeys<T, TPrefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${TPrefix}${K}`
    : TLeafKeys<T[K], `${TPrefix}${K}.`>;
}[keyof T & string];

/** Every message key, dotted: `'home.contact.heading'`. */
export type TMessageKey = TLeafKeys<typeof en>;

type TMessageAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TMessageAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

type TPlaceholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | TPlaceholders<Rest>
  : never;

export type TMessageParams = Record<string, string | number>;

/** `t('home.intro', { operator })`: the placeholders of the English message are required params. */
export type TTranslateArgs<K extends TMessageKey> = [
  TPlaceholders<TMessageAt<typeof en, K>>,
] extends [never]
  ? []
  : [params: Record<TPlaceholders<TMessageAt<typeof en, K>>, string | number>];

export type TTranslate = <K extends TMessageKey>(key: K, ...args: TTranslateArgs<K>) => string;

/** Keys whose message has no placeholders: safe to store and translate later (route titles). */
export type TPlainMessageKey = {
  [K in TMessageKey]: TTranslateArgs<K> extends [] ? K : never;
}[TMessageKey];

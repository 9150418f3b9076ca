/**
 * Every route of the SPA (house style 19): `path` for the router, `getHref()` for links, so no
 * component writes a URL by hand.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
} as const;

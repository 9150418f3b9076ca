import type { noticeEn } from './en';

type TShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : TShape<T[K]> };

/** Privacyverklaring, cookievoorkeuren en doorgifte, in het Nederlands. */
export const noticeNl: TShape<typeof noticeEn> = {
  privacyNotice: {
    title: 'Privacyverklaring',
    intro: 'Hoe {operator} met uw persoonsgegevens omgaat. Elke versie blijft hier staan, met een korte samenvatting van wat er veranderde.',
    loading: 'De privacyverklaring wordt geladen…',
    current: 'Versie {version}, geldig sinds {date}',
    originalLanguage: 'Deze versie is alleen in de oorspronkelijke taal beschikbaar.',
    historyHeading: 'Versies en wijzigingen',
    version: 'Versie',
    effective: 'Geldig vanaf',
    status: 'Status',
    summary: 'Wat er veranderde',
    statuses: { 'in-force': 'Geldend', upcoming: 'Aangekondigd', superseded: 'Vervangen' },
  },
  cookies: {
    title: 'Cookievoorkeuren',
    intro: 'Kies welke cookies {operator} op zijn websites mag gebruiken. Niets staat aan totdat u het aanzet, en u kunt het altijd weer uitzetten.',
    portalNote: 'Dit privacyportaal plaatst zelf alleen strikt noodzakelijke cookies (om u ingelogd te houden en formulieren te beveiligen); het plaatst geen analytische of advertentiecookies.',
    loading: 'Uw cookievoorkeuren worden geladen…',
    alwaysOn: 'Staat altijd aan',
    vendors: 'Gebruikt door',
    saved: 'Opgeslagen.',
    categories: {
      'strictly-necessary': 'Strikt noodzakelijk',
      functional: 'Functioneel',
      analytics: 'Analytisch',
      advertising: 'Advertenties',
    },
    allow: '{category} cookies toestaan',
  },
  delivery: {
    heading: 'Doorgegeven aan',
    none: '—',
    statuses: { pending: 'In behandeling', delivered: 'Doorgegeven', failed: 'Mislukt' },
  },
};

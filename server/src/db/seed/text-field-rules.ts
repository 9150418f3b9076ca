import { fullName, isoDate } from './create-person.ts';
import { asciiFold, formatAddress } from './locale/locale-pool.ts';
import {
  documentNumber,
  iban,
  providerReference,
  taxNumber,
  trackingNumber,
} from './identifier-values.ts';
import {
  categoryHasProducts,
  once,
  recordAddress,
  recordProduct,
  type TFieldGenerator,
  type TRecordContext,
} from './record-context.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (text: string) => asciiFold(text.replace(/\s+/g, '-')) || 'site';
// Written out rather than taken from Intl.DisplayNames, whose wording may change between ICU versions.
const COUNTRY_NAMES: Record<string, string> = {
  NL: 'Netherlands',
  TH: 'Thailand',
  VN: 'Vietnam',
  US: 'United States',
};

export function recordDevice(ctx: TRecordContext) {
  return once(ctx, 'device', () => ctx.rng.pick(ctx.person.devices));
}

/** A web address for the customer's n-th domain, under the reserved .example top-level domain. */
function domainName(ctx: TRecordContext): string {
  const base =
    ctx.recordIndex === 0
      ? ctx.person.companyName
      : `${ctx.person.familyName} ${ctx.rng.pick(['shop', 'blog', 'fotografie', 'studio', 'online', 'events', 'family'])}`;
  return `${slug(base)}.example`;
}

function otherPeople(ctx: TRecordContext): string {
  return Array.from({ length: ctx.rng.int(1, 4) }, () => {
    const name = ctx.person.pool.name(ctx.rng, ctx.rng.chance(0.5) ? 'female' : 'male');
    return fullName({ ...name, pool: ctx.person.pool });
  }).join(', ');
}

/** Where an IP address places the customer, roughly: their city, or only the country. */
function approximateLocation(ctx: TRecordContext): string {
  const { address } = ctx.person;
  const country = COUNTRY_NAMES[address.country] ?? address.country;
  return ctx.rng.chance(0.9) ? `${address.city}, ${country}` : country;
}

/** What a ticket or message is about, shared by its subject and its conversation. */
function recordSubject(ctx: TRecordContext): string {
  return once(ctx, 'subject', () => ctx.rng.pick(ctx.catalogue.subjects));
}

const JOB_TITLES = [
  'Product Manager',
  'Software Engineer',
  'Marketing Lead',
  'Customer Success Manager',
  'Designer',
  'Sales Director',
  'Operations Manager',
  'CTO',
  'Founder',
  'Freelance developer',
];
const REFERRERS = [
  'google / organic',
  'google / cpc',
  'facebook / social',
  'instagram / social',
  'newsletter / email',
  '(direct) / (none)',
];
const PAGES = [
  '/',
  '/pricing',
  '/account',
  '/account/orders',
  '/blog',
  '/contact',
  '/checkout',
  '/faq',
];

/**
 * Text values by field key, first match wins. Keys are matched lower-cased; the list reads as the
 * documentation of what the generator understands.
 */
export const TEXT_FIELD_RULES: readonly (readonly [RegExp, TFieldGenerator])[] = [
  [/useragent/, (c) => recordDevice(c).userAgent],
  [/browser/, (c) => `${recordDevice(c).browser} on ${recordDevice(c).os}`],
  [/^os$|operatingsystem|platform/, (c) => recordDevice(c).os],
  [/device/, (c) => `${recordDevice(c).browser} on ${recordDevice(c).device}`],
  [/^ip$|ipaddress/, (c) => once(c, 'ip', () => c.rng.pick(c.person.ips))],
  [/email/, (c) => c.person.email],
  [/phone|mobile/, (c) => c.person.phone],
  [/housenumber/, (c) => recordAddress(c).houseNumber ?? String(c.rng.int(1, 200))],
  // Where the form asks for the house number apart, the street is only the street's name.
  [
    /street|addressline/,
    (c) =>
      c.category.fields.some((f) => /housenumber/i.test(f.key))
        ? (recordAddress(c).streetName ?? recordAddress(c).street)
        : recordAddress(c).street,
  ],
  [/postalcode|postcode|zip/, (c) => recordAddress(c).postalCode],
  [/city|town/, (c) => recordAddress(c).city],
  [
    /subdistrict|district|ward/,
    (c) => recordAddress(c).district ?? recordAddress(c).region ?? null,
  ],
  [/region|province|^state$/, (c) => recordAddress(c).region ?? recordAddress(c).city],
  [/country/, (c) => recordAddress(c).country],
  [/address/, (c) => formatAddress(recordAddress(c))],
  [/givenname|firstname/, (c) => c.person.givenName],
  [/familyname|lastname|surname/, (c) => c.person.familyName],
  [
    /(billed|billing|invoice|buyer)name|nameon|billedto|billto/,
    (c) => (c.rng.chance(0.2) ? c.person.companyName : fullName(c.person)),
  ],
  [/holder|^name$/, (c) => fullName(c.person)],
  [
    /displayname|nickname|username|handle/,
    (c) =>
      `${c.person.givenName.split(' ').at(-1)} ${c.person.familyName.replace(/^.* /, '').charAt(0)}.`,
  ],
  [
    /avatar|logo|image|photo|picture|media/,
    (c) =>
      c.rng.chance(0.3)
        ? null
        : `${slug(c.category.id)}-${c.rng.uuid().slice(0, 8)}.${c.rng.pick(['jpg', 'png'])}`,
  ],
  [
    /attachment/,
    (c) =>
      c.rng.chance(0.85)
        ? null
        : `${c.rng.pick(['notes', 'screenshot', 'agenda', 'draft', 'invoice'])}-${isoDate(c.occurredAt)}.${c.rng.pick(['pdf', 'png', 'docx'])}`,
  ],
  [
    /appversion|clientversion|build/,
    (c) =>
      `${c.occurredAt.getUTCFullYear() - 2019}.${c.occurredAt.getUTCMonth() + 1}.${c.rng.int(0, 9)}`,
  ],
  [/company|organi[sz]ation|employer|business/, (c) => c.person.companyName],
  [/language|locale/, (c) => c.person.language],
  [/gender|sex/, (c) => c.person.gender],
  [/birth|dob/, (c) => c.person.birthDate],
  [
    /status|state$/,
    (c) =>
      c.rng.weighted([
        ['completed', 8],
        ['pending', 1],
        ['cancelled', 1],
      ] as const),
  ],
  [/jobtitle|position|occupation/, (c) => c.rng.pick(JOB_TITLES)],
  [/participant|attendee|member|invitee|with$/, otherPeople],
  [/omise|stripe|paypal|mollie|adyen|gateway|psp/, (c, f) => providerReference(c, f.key)],
  [/tracking/, trackingNumber],
  [/taxid|taxnumber|taxcode|vatnumber|vatid|btw/, taxNumber],
  [/iban|accountnumber/, iban],
  // Identity-document copies are deleted as soon as the check is done.
  [/copy|scan/, () => null],
  [/lookup/, (c) => c.rng.uuid().replace(/-/g, '').slice(0, 10).toUpperCase()],
  [/last4|lastfour|cardlast/, (c) => c.rng.digits(4)],
  [
    /expiry|expires/,
    (c) =>
      `${pad(c.rng.int(1, 12), 2)}/${String(c.occurredAt.getUTCFullYear() + c.rng.int(1, 5)).slice(2)}`,
  ],
  [/(number|id|code|ref|reference|no)$/, documentNumber],
  [
    /carrier|courier|shipper|deliverypartner|shippingprovider|shippingmethod|delivery$/,
    (c) => c.rng.pick(c.catalogue.carriers),
  ],
  [/paymentmethod|paymenttype|^method$|^payment$/, (c) => c.rng.pick(c.catalogue.paymentMethods)],
  [
    /brand|cardtype|network/,
    (c) => c.rng.pick(['Visa', 'Mastercard', 'Visa', 'JCB', 'American Express']),
  ],
  [
    /favourite|favorite/,
    (c) =>
      c.rng
        .sample([...new Set(c.catalogue.products.map(([name]) => name))], c.rng.int(1, 3))
        .join(', '),
  ],
  [
    /interest|segment|preference|tag/,
    (c) => c.rng.sample(c.catalogue.interests, c.rng.int(1, 3)).join(', '),
  ],
  [/items|lines|basket|cart/, (c) => `${recordProduct(c).quantity} × ${recordProduct(c).name}`],
  [/product|item|plan|package|service|sku|article/, (c) => recordProduct(c).name],
  [/currency/, (c) => c.profile.locale.currency],
  [/noticeversion|policyversion/, (c) => c.profile.notice.version],
  [/version/, (c) => `${c.occurredAt.getUTCFullYear()}.${c.occurredAt.getUTCMonth() < 6 ? 1 : 2}`],
  [/domain|hostname|website/, domainName],
  [/referrer|utm|campaign|source/, (c) => c.rng.pick(REFERRERS)],
  [
    /url|page|path|landing/,
    (c) => `${c.profile.company.website.replace(/\/$/, '')}${c.rng.pick(PAGES)}`,
  ],
  [
    /file|attachment|document|upload/,
    (c) => `${slug(c.category.id)}-${isoDate(c.occurredAt).slice(0, 7)}.pdf`,
  ],
  [/approximatelocation|geolocation|geo$/, approximateLocation],
  [/place|location|room|space|desk|venue|seat|store/, (c) => c.rng.pick(c.catalogue.places)],
  [/subject|title|topic|reason/, (c) => recordSubject(c)],
  [
    /note|comment|remark|instruction/,
    (c) => (c.rng.chance(0.5) ? c.rng.pick(c.catalogue.notes) : null),
  ],
  [
    /conversation|thread|chat|transcript/,
    (c) => `${recordSubject(c)}\n\n${c.rng.pick(c.catalogue.notes)}`,
  ],
  [
    /description/,
    (c) => (categoryHasProducts(c) ? recordProduct(c).name : c.rng.pick(c.catalogue.notes)),
  ],
  [/message|body|content|summary|feedback|details|text/, (c) => c.rng.pick(c.catalogue.notes)],
  [/session|token|uuid/, (c) => c.rng.uuid()],
  [/name$/, (c) => fullName(c.person)],
];

/**
 * Cocomo Webbeheer, a Dutch web hosting company (trade name Cocomo Hosting).
 * Seed: 001_b166f5b24659986c.txt ("laatst aangepast op 06-05-2018"). GDPR and the Dutch UAVG.
 *
 * From the seed: NAW data, gender, phone, email, login data, payment data, IP address and other
 * data you give us; purposes: the website, providing and invoicing services, handling orders,
 * contact on request, website insight and improvement, tax duties; 7 years for tax records
 * (then all data destroyed), other data 6 months after the contract ends; view, correct and
 * delete on the personal page; withdraw consent and object by email; answer within four weeks;
 * complaints to the Autoriteit Persoonsgegevens; Google Analytics under a processor agreement
 * with anonymised IP addresses; sharing only for the contract or when the law requires it.
 *
 * Where the seed was silent we chose: an address in Utrecht, Mollie as payment service (iDEAL,
 * card, SEPA direct debit), SIDN as the registry that receives registrant data for .nl domains,
 * Laposta as the newsletter service, a 6-month security log, 14 months for analytics data and
 * 5 years for consent evidence. The seed's ID copy is only a last-resort fallback here
 * (settings.idDocumentFallback), deleted right after the check.
 */
import { BASE_SETTINGS } from './common.ts';
import { cocomoCategories } from './cocomo/categories.ts';
import { HOLIDAYS_NL } from './holidays.ts';
import type { TProfileInput } from './profile.schema.ts';

const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'marketing-opt-out',
] as const;

export const cocomoProfile = {
  id: 'cocomo',
  company: {
    name: 'Cocomo Webbeheer',
    legalName: 'Cocomo Webbeheer',
    tradeNames: ['Cocomo Hosting'],
    address: { street: 'Kanaalweg 14', postalCode: '3526 KL', city: 'Utrecht', country: 'NL' },
    website: 'https://www.cocomohosting.nl',
    privacyEmail: 'support@cocomohosting.nl',
  },
  supervisoryAuthority: {
    name: 'Autoriteit Persoonsgegevens',
    country: 'NL',
    url: 'https://autoriteitpersoonsgegevens.nl',
    phone: '+31 88 180 5250',
  },
  jurisdictions: ['gdpr', 'uavg'],
  locale: {
    defaultLanguage: 'nl',
    languages: ['nl', 'en'],
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
  },
  // Dark blue with white text: contrast 9.7:1.
  theme: { primary: '#1D3F8F', onPrimary: '#FFFFFF', accent: '#F28C28' },
  notice: {
    seedFile: '001_b166f5b24659986c.txt',
    version: '2018-05-06',
    effectiveDate: '2018-05-06',
    language: 'nl',
    corrections: [
      {
        nl: 'U hoeft geen kopie van uw identiteitsbewijs te sturen. Wij controleren wie u bent via uw account of met een eenmalige code per e-mail. Alleen als het echt niet anders kan, vragen wij een afgeschermde kopie (pasfoto, MRZ, documentnummer en BSN onleesbaar), die wij direct na de controle verwijderen (AVG art. 12 lid 6; EDPB-richtsnoeren 01/2022; Autoriteit Persoonsgegevens).',
        en: 'You do not need to send a copy of your ID. We check who you are through your account or a one-time code sent by email. Only if there is truly no other way do we ask for a masked copy (photo, MRZ, document number and BSN made unreadable), which we delete right after the check (GDPR Art. 12(6); EDPB Guidelines 01/2022; Dutch Data Protection Authority).',
      },
      {
        nl: 'Toestemming intrekken en bezwaar maken kan met één klik op uw persoonlijke pagina, zonder gespecificeerd verzoek per e-mail: intrekken moet even gemakkelijk zijn als toestemming geven (AVG art. 7 lid 3 en art. 21).',
        en: 'You can withdraw consent and object with one click on your personal page, without a specified request by email: withdrawing must be as easy as giving consent (GDPR Art. 7(3) and Art. 21).',
      },
      {
        nl: 'Wij reageren binnen vier weken. Alleen bij een ingewikkeld verzoek of veel verzoeken kunnen wij die termijn met ten hoogste twee maanden verlengen; dat laten wij u dan binnen de eerste vier weken weten, met de reden (AVG art. 12 lid 3).',
        en: 'We answer within four weeks. Only for a complex request, or many requests, can we extend that by at most two months; we then tell you within the first four weeks, with the reason (GDPR Art. 12(3)).',
      },
      {
        nl: 'Naast inzien, corrigeren en verwijderen heeft u ook recht op beperking van de verwerking en op overdraagbaarheid van uw gegevens (AVG art. 18 en 20). Ook die verzoeken doet u hier.',
        en: 'Besides access, correction and deletion you also have the right to restriction of processing and to data portability (GDPR Art. 18 and 20). You can make those requests here too.',
      },
      {
        nl: 'De verklaring noemt alleen delen voor de overeenkomst of op grond van de wet. Hier ziet u ook onze verwerkers (betaaldienst, nieuwsbriefdienst, Google Analytics) en de domeinnaamregistry, elk met land en doorgiftewaarborg (AVG art. 13, 15 en 44–49).',
        en: 'The statement only mentions sharing for the contract or under the law. Here you also see our processors (payment service, newsletter service, Google Analytics) and the domain name registry, each with its country and transfer safeguard (GDPR Art. 13, 15 and 44–49).',
      },
      {
        nl: 'Google Analytics is ingesteld zoals de Autoriteit Persoonsgegevens voorschrijft: verwerkersovereenkomst, IP-adressen geanonimiseerd, gegevens delen met Google uit, geen advertentiefuncties en geen User-ID. Wij plaatsen de cookies alleen met uw toestemming. De gegevens gaan naar Google LLC in de Verenigde Staten onder het EU-VS Data Privacy Framework.',
        en: 'Google Analytics is set up as the Dutch Data Protection Authority prescribes: processor agreement, IP addresses anonymised, data sharing with Google off, no advertising features and no User-ID. We set the cookies only with your consent. The data goes to Google LLC in the United States under the EU-US Data Privacy Framework.',
      },
    ],
  },
  rights: [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw-consent',
    'automated-decisions',
    'complain',
  ],
  automatedDecisionMaking: {
    nl: 'Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten, en wij maken geen profielen die rechtsgevolgen voor u hebben (AVG art. 22).',
    en: 'We make no decisions about you based solely on automated processing, and we build no profiles that have legal effects for you (GDPR Art. 22).',
  },
  purposes: [
    {
      id: 'website',
      name: { nl: 'Gebruik van onze website', en: 'Using our website' },
      description: {
        nl: 'Uw account en uw persoonlijke pagina laten werken.',
        en: 'Running your account and your personal page.',
      },
    },
    {
      id: 'services',
      name: { nl: 'Verlenen van onze diensten', en: 'Providing our services' },
      description: {
        nl: 'Hosting, domeinnamen en e-mail leveren zoals afgesproken in uw overeenkomst.',
        en: 'Delivering hosting, domain names and email as agreed in your contract.',
      },
    },
    {
      id: 'invoicing',
      name: { nl: 'Factureren', en: 'Invoicing' },
      description: {
        nl: 'Facturen opstellen en betalingen innen.',
        en: 'Issuing invoices and collecting payments.',
      },
    },
    {
      id: 'orders',
      name: { nl: 'Bestellingen afhandelen', en: 'Handling orders' },
      description: {
        nl: 'Uw bestellingen verwerken en u informeren over de voortgang.',
        en: 'Processing your orders and keeping you informed of their progress.',
      },
    },
    {
      id: 'contact',
      name: { nl: 'Contact op uw verzoek', en: 'Contact at your request' },
      description: {
        nl: 'Contact met u opnemen als u daarom vraagt, via het contactformulier, e-mail of telefoon.',
        en: 'Getting in touch when you ask us to, through the contact form, email or phone.',
      },
    },
    {
      id: 'website-insights',
      name: { nl: 'Inzicht in websitegebruik', en: 'Understanding website use' },
      description: {
        nl: 'Bijhouden hoe bezoekers onze website gebruiken, met privacyvriendelijk ingestelde Google Analytics.',
        en: 'Seeing how visitors use our website, with Google Analytics set up in a privacy-friendly way.',
      },
    },
    {
      id: 'improvement',
      name: { nl: 'Verbeteren van website en diensten', en: 'Improving our website and services' },
      description: {
        nl: 'Onze website en ons aanbod verbeteren op basis van hoe ze worden gebruikt.',
        en: 'Improving our website and our offer based on how they are used.',
      },
    },
    {
      id: 'tax',
      name: { nl: 'Wettelijke verplichtingen', en: 'Legal obligations' },
      description: {
        nl: 'Gegevens bewaren die wij wettelijk moeten bewaren, zoals voor onze belastingaangifte.',
        en: 'Keeping data the law requires us to keep, such as for our tax return.',
      },
    },
    {
      id: 'security',
      name: { nl: 'Beveiliging', en: 'Security' },
      description: {
        nl: 'Uw account en onze systemen beschermen tegen misbruik, verlies en onbevoegde toegang.',
        en: 'Protecting your account and our systems against misuse, loss and unauthorised access.',
      },
    },
    {
      id: 'newsletter',
      name: { nl: 'Nieuwsbrief', en: 'Newsletter' },
      description: {
        nl: 'U nieuws over onze diensten sturen, alleen als u zich daarvoor hebt ingeschreven.',
        en: 'Sending you news about our services, only if you subscribed.',
      },
    },
    {
      id: 'privacy-requests',
      name: { nl: 'Privacyverzoeken', en: 'Privacy requests' },
      description: {
        nl: 'Uw verzoeken afhandelen en toestemmingen vastleggen, zodat wij kunnen aantonen dat wij ze respecteren.',
        en: 'Handling your requests and recording consents, so that we can show that we respect them.',
      },
    },
  ],
  recipients: [
    {
      id: 'google-analytics',
      name: 'Google LLC (Google Analytics)',
      kind: 'processor',
      role: {
        nl: 'Verwerker voor websitestatistieken, met verwerkersovereenkomst. IP-adressen worden geanonimiseerd en Google mag de gegevens niet voor andere Google-diensten gebruiken.',
        en: 'Processor for website statistics under a data processing agreement. IP addresses are anonymised and Google may not use the data for other Google services.',
      },
      country: 'US',
      safeguard: 'data-privacy-framework',
    },
    {
      id: 'mollie',
      name: 'Mollie B.V.',
      kind: 'processor',
      role: {
        nl: 'Betaaldienst voor iDEAL, creditcard en automatische incasso.',
        en: 'Payment service for iDEAL, credit card and SEPA direct debit.',
      },
      country: 'NL',
      safeguard: 'domestic',
    },
    {
      id: 'sidn',
      name: 'Stichting Internet Domeinregistratie Nederland (SIDN)',
      kind: 'third-party',
      role: {
        nl: 'Registry van .nl-domeinnamen: ontvangt de houdergegevens van de domeinnamen die u via ons registreert.',
        en: 'Registry for .nl domain names: receives the registrant details of the domain names you register through us.',
      },
      country: 'NL',
      safeguard: 'domestic',
    },
    {
      id: 'laposta',
      name: 'Laposta B.V.',
      kind: 'processor',
      role: {
        nl: 'Nieuwsbriefdienst: bewaart de inschrijvingen en verstuurt onze nieuwsbrief.',
        en: 'Newsletter service: keeps the subscriptions and sends our newsletter.',
      },
      country: 'NL',
      safeguard: 'domestic',
    },
    {
      id: 'belastingdienst',
      name: 'Belastingdienst',
      kind: 'public-authority',
      role: {
        nl: 'Ontvangt factuurgegevens voor aangiften en bij controles, op grond van de belastingwet.',
        en: 'Receives invoice data for tax returns and audits, under tax law.',
      },
      country: 'NL',
      safeguard: 'domestic',
    },
    {
      id: 'police-and-justice',
      name: 'Politie en justitie',
      kind: 'public-authority',
      role: {
        nl: 'Alleen als zij dat wettelijk eisen, bijvoorbeeld bij een vermoeden van een misdrijf.',
        en: 'Only when they demand it under the law, for example on suspicion of a crime.',
      },
      country: 'NL',
      safeguard: 'domestic',
    },
  ],
  retentionRules: [
    {
      id: 'contract-end-6m',
      description: {
        nl: 'Bewaard zolang uw overeenkomst loopt en tot 6 maanden nadat u die hebt opgezegd; daarna verwijderd.',
        en: 'Kept while your contract runs and for 6 months after you cancel it; then deleted.',
      },
      period: { amount: 6, unit: 'months' },
      from: 'contract-end',
      action: 'delete',
      basis:
        'Privacyverklaring Cocomo Webbeheer (06-05-2018): overige gegevens 6 maanden na opzegging',
    },
    {
      id: 'tax-7y',
      description: {
        nl: 'Facturen en andere fiscale gegevens bewaren wij 7 jaar, zoals de belastingwet voorschrijft; daarna worden ze vernietigd.',
        en: 'Invoices and other tax records are kept 7 years as tax law requires; then they are destroyed.',
      },
      period: { amount: 7, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'AWR art. 52 lid 4 (fiscale bewaarplicht, 7 jaar)',
    },
    {
      id: 'security-6m',
      description: {
        nl: 'Inlog- en beveiligingsgegevens bewaren wij 6 maanden; daarna verwijderd.',
        en: 'Sign-in and security records are kept 6 months; then deleted.',
      },
      period: { amount: 6, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'AVG art. 5 lid 1 onder e en art. 32 (beveiligingslogboek)',
    },
    {
      id: 'analytics-14m',
      description: {
        nl: 'Websitestatistieken bewaren wij 14 maanden; daarna verwijderd.',
        en: 'Website statistics are kept 14 months; then deleted.',
      },
      period: { amount: 14, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Google Analytics-bewaartermijn 14 maanden (AP-handleiding privacyvriendelijk instellen)',
    },
    {
      id: 'consent-proof-5y',
      description: {
        nl: 'Het bewijs van uw toestemming of intrekking bewaren wij 5 jaar na de keuze; daarna verwijderd.',
        en: 'Proof of your consent or withdrawal is kept 5 years after the choice; then deleted.',
      },
      period: { amount: 5, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'AVG art. 7 lid 1 (aantonen van toestemming); verjaringstermijn art. 3:310 BW',
    },
    {
      id: 'cookie-choice-12m',
      description: {
        nl: 'Uw cookiekeuze bewaren wij 12 maanden; daarna vragen wij het opnieuw.',
        en: 'Your cookie choice is kept 12 months; then we ask again.',
      },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'Telecommunicatiewet art. 11.7a; na 12 maanden vragen wij opnieuw',
    },
    {
      id: 'id-check-30d',
      description: {
        nl: 'Een afgeschermde kopie van een identiteitsbewijs verwijderen wij direct na de controle, en uiterlijk 30 dagen na ontvangst.',
        en: 'A masked ID copy is deleted right after the check, and at the latest 30 days after we received it.',
      },
      period: { amount: 30, unit: 'days' },
      from: 'collected',
      action: 'delete',
      basis:
        'AVG art. 5 lid 1 onder c en e; EDPB-richtsnoeren 01/2022 punt 78; AP: kopie ID alleen als het niet anders kan',
    },
  ],
  legalHolds: [
    {
      id: 'fiscal-retention',
      reason: {
        nl: 'Facturen moeten wij 7 jaar bewaren voor de Belastingdienst, ook als u vraagt uw gegevens te verwijderen. Tot dan gebruiken wij ze nergens anders voor; daarna worden ze vernietigd.',
        en: 'We must keep invoices for 7 years for the tax authority, even if you ask us to delete your data. Until then we use them for nothing else; afterwards they are destroyed.',
      },
      law: 'AWR art. 52 lid 4',
      retention: 'tax-7y',
    },
  ],
  systems: [
    {
      id: 'own-tables',
      name: 'Cocomo klantenpanel',
      description: {
        nl: 'De eigen tabellen van het portaal: uw account, diensten, domeinnamen, bestellingen, facturen en beveiligingsgeschiedenis.',
        en: 'The portal’s own tables: your account, services, domain names, orders, invoices and security history.',
      },
      connector: { kind: 'own-tables' },
    },
    {
      id: 'newsletter',
      name: 'Nieuwsbriefdienst (Laposta)',
      description: {
        nl: 'De inschrijvingen op onze nieuwsbrieven, bewaard bij Laposta en bereikbaar via onze nieuwsbriefkoppeling.',
        en: 'Subscriptions to our newsletters, kept at Laposta and reached through our newsletter service.',
      },
      connector: {
        kind: 'http',
        baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
        secretEnv: 'NEWSLETTER_SERVICE_SECRET',
      },
    },
  ],
  categories: cocomoCategories,
  consentPurposes: [
    {
      id: 'newsletter',
      name: { nl: 'Nieuwsbrief', en: 'Newsletter' },
      description: {
        nl: 'Nieuws en tips over hosting, domeinnamen en websites, ongeveer eens per maand.',
        en: 'News and tips about hosting, domain names and websites, about once a month.',
      },
      channels: ['email'],
      recipients: ['laposta'],
    },
    {
      id: 'product-updates',
      name: { nl: 'Productnieuws en aanbiedingen', en: 'Product news and offers' },
      description: {
        nl: 'Nieuwe pakketten en aanbiedingen die passen bij uw diensten.',
        en: 'New packages and offers that fit the services you use.',
      },
      channels: ['email'],
      recipients: ['laposta'],
    },
  ],
  cookies: [
    {
      id: 'strictly-necessary',
      description: {
        nl: 'Houden u ingelogd, onthouden uw cookiekeuze en beveiligen formulieren. Staan altijd aan.',
        en: 'Keep you signed in, remember your cookie choice and protect forms. Always on.',
      },
    },
    {
      id: 'analytics',
      description: {
        nl: 'Google Analytics, privacyvriendelijk ingesteld zoals de Autoriteit Persoonsgegevens voorschrijft. Staan uit totdat u ze toestaat.',
        en: 'Google Analytics, set up in the privacy-friendly way the Dutch Data Protection Authority prescribes. Off until you allow them.',
      },
      vendors: [
        {
          name: 'Google Analytics',
          recipient: 'google-analytics',
          description: {
            nl: 'Telt bezoeken en bekeken pagina’s. Verwerkersovereenkomst, IP-adressen geanonimiseerd, gegevens delen en advertentiefuncties uit.',
            en: 'Counts visits and pages viewed. Processor agreement, IP addresses anonymised, data sharing and advertising features off.',
          },
        },
      ],
    },
  ],
  requestTypes: [...REQUEST_TYPES],
  deadlineRules: [
    {
      id: 'avg-rights',
      jurisdiction: 'gdpr',
      requestTypes: [...REQUEST_TYPES],
      law: { amount: 1, unit: 'months', source: 'AVG art. 12 lid 3' },
      promise: {
        amount: 4,
        unit: 'weeks',
        source:
          'Privacyverklaring Cocomo Webbeheer (06-05-2018): "in ieder geval binnen vier weken"',
      },
      extension: {
        amount: 2,
        unit: 'months',
        source: 'AVG art. 12 lid 3 (verlenging met kennisgeving binnen de eerste termijn)',
        times: 1,
        noticeWithinFirstPeriod: true,
      },
    },
  ],
  holidays: HOLIDAYS_NL,
  settings: { ...BASE_SETTINGS, idDocumentFallback: true },
} satisfies TProfileInput;

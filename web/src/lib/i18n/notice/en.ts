/** The privacy notice page, cookie preferences and downstream delivery, in English (the source). */
export const noticeEn = {
  privacyNotice: {
    title: 'Privacy notice',
    intro: 'How {operator} handles your personal data. Every version stays here, with a short summary of what changed.',
    loading: 'Loading the privacy notice…',
    current: 'Version {version}, in force since {date}',
    originalLanguage: 'This version is only available in its original language.',
    historyHeading: 'Versions and changes',
    version: 'Version',
    effective: 'In force from',
    status: 'Status',
    summary: 'What changed',
    statuses: { 'in-force': 'In force', upcoming: 'Announced', superseded: 'Replaced' },
  },
  cookies: {
    title: 'Cookie preferences',
    intro: 'Choose which cookies {operator} may use on its websites. Nothing is allowed until you switch it on, and you can switch it off again at any time.',
    portalNote: 'This privacy portal itself sets only strictly necessary cookies (to keep you signed in and protect forms); it sets no analytics or advertising cookies.',
    loading: 'Loading your cookie preferences…',
    alwaysOn: 'Always on',
    vendors: 'Used by',
    saved: 'Saved.',
    categories: {
      'strictly-necessary': 'Strictly necessary',
      functional: 'Functional',
      analytics: 'Analytics',
      advertising: 'Advertising',
    },
    allow: 'Allow {category} cookies',
  },
  delivery: {
    heading: 'Passed on to',
    none: '—',
    statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' },
  },
} as const;

import type { TAppErrorCode } from '@portal/shared/errors/app-error-code';
import type { TRight } from '@portal/shared/domain/rights';

/**
 * English messages: the source of truth for every user-facing string in the SPA.
 * `nl.ts` and `vi.ts` must have exactly these keys (the type checker and a test enforce it).
 * `{name}` marks a placeholder filled in by `t(key, { name })`.
 */
/** Sections that must cover a shared vocabulary exactly: a right or error code without a message fails to compile. */
type TVocabularySections = {
  readonly rights: Record<TRight, { readonly label: string; readonly description: string }>;
  readonly errors: {
    readonly codes: Record<TAppErrorCode, string>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
};

export const en = {
  app: {
    name: 'Privacy portal',
    loading: 'Loading…',
  },
  layout: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main',
    language: 'Language',
    privacyQuestions: 'Questions about your privacy?',
    writeTo: 'Write to',
    runBy: 'This portal is run by {legalName}.',
  },
  nav: {
    home: 'Home',
  },
  home: {
    title: 'Privacy portal',
    loading: 'Loading the privacy portal…',
    intro:
      'This is the privacy portal of {operator}. Here you can see which personal data {operator} holds about you, correct it, download a copy, have it deleted and choose which messages you receive. You do it yourself, in minutes, without having to write an email.',
    staffAudit:
      'When our staff help you, every time they view or change your data is recorded, and you can see that record here.',
    contact: {
      heading: 'Privacy contact',
      email: 'Email',
      dpo: 'Data protection officer',
      phone: 'Phone',
      tollFreePhone: 'Toll-free phone',
      address: 'Postal address',
    },
    authority: {
      heading: 'Supervisory authority',
      intro:
        'If you are not satisfied with how {operator} handles your personal data, you can complain to the supervisory authority:',
      complaint: 'How to file a complaint',
      email: 'Email',
      phone: 'Phone',
    },
    rights: {
      heading: 'Your rights',
      intro: 'As a customer of {operator}, you have these rights:',
    },
    automatedDecisions: {
      heading: 'Automated decision-making',
    },
    notice: 'Privacy notice version {version}, in effect since {date}.',
  },
  rights: {
    access: {
      label: 'Right of access',
      description: 'See which personal data we hold about you, why we hold it and who receives it.',
    },
    rectification: {
      label: 'Right to rectification',
      description: 'Have incorrect or incomplete data corrected.',
    },
    erasure: {
      label: 'Right to erasure',
      description: 'Have your data deleted when there is no longer a reason to keep it.',
    },
    restriction: {
      label: 'Right to restriction of processing',
      description:
        'Have the use of your data paused, for example while a correction is being checked.',
    },
    portability: {
      label: 'Right to data portability',
      description: 'Receive your data in a machine-readable file, to take it to another company.',
    },
    objection: {
      label: 'Right to object',
      description:
        'Object to processing based on our legitimate interests, and to direct marketing at any time.',
    },
    'withdraw-consent': {
      label: 'Right to withdraw consent',
      description: 'Withdraw a consent you gave, as easily as you gave it.',
    },
    'automated-decisions': {
      label: 'Rights about automated decisions',
      description:
        'Not be subject to a decision made only by a computer that significantly affects you.',
    },
    complain: {
      label: 'Right to complain',
      description:
        'Complain to the supervisory authority if you are not satisfied with how we handle your data.',
    },
    'know-categories': {
      label: 'Right to know',
      description: 'Know which categories of personal information we collect, use and disclose.',
    },
    'opt-out-sale-sharing': {
      label: 'Right to opt out of sale or sharing',
      description: 'Tell us not to sell or share your personal information.',
    },
    'limit-sensitive': {
      label: 'Right to limit the use of sensitive personal information',
      description: 'Limit the use of sensitive information to what is needed to serve you.',
    },
    'shine-the-light': {
      label: 'Shine the Light',
      description:
        'Ask which third parties received your information for their own direct marketing.',
    },
    'non-discrimination': {
      label: 'Right to non-discrimination',
      description:
        'You are never treated worse (in price, service or quality) for using your privacy rights.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
    home: 'Go to the home page',
  },
  errors: {
    title: 'Something went wrong',
    network: 'We could not reach the portal. Check your internet connection and try again.',
    invalidResponse:
      'The portal sent an answer this page does not understand. Reload the page and try again.',
    unexpected: 'Something unexpected went wrong on this page.',
    reference: 'Reference: {requestId}',
    retry: 'Try again',
    retrying: 'Trying again…',
    reload: 'Reload the page',
    codes: {
      bad_request: 'The request could not be understood.',
      validation_failed: 'Some of the information is not valid. Check the fields and try again.',
      unauthenticated: 'Please sign in to continue.',
      step_up_required: 'Please confirm it is you to continue.',
      forbidden: 'You are not allowed to do this.',
      csrf_rejected: 'Your request was blocked to protect you. Reload the page and try again.',
      not_found: 'We could not find what you were looking for.',
      method_not_allowed: 'This action is not available.',
      conflict: 'This was changed in the meantime. Reload the page and try again.',
      gone: 'This is no longer available.',
      precondition_failed: 'This was changed in the meantime. Reload the page and try again.',
      payload_too_large: 'What you sent is too large.',
      unsupported_media_type: 'This type of content is not accepted.',
      unprocessable: 'This request cannot be carried out.',
      locked: 'This is locked for now. Please try again later.',
      rate_limited: 'Too many attempts. Wait a moment and try again.',
      internal: 'Something went wrong on our side. Please try again.',
      unavailable: 'The portal is temporarily unavailable. Please try again in a moment.',
    },
  },
} as const satisfies TVocabularySections;

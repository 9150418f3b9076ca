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
    myData: 'My data',
    consent: 'Consent',
    account: 'Account',
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
  consent: {
    title: 'Your consents and choices',
    loading: 'Loading your consents…',
    intro:
      'Choose which messages {operator} may send you, and how. Nothing is switched on until you switch it on, and you can switch it off again at any time, just as easily.',
    purposesHeading: 'Messages you can choose',
    noticeVersion: 'Your choices are recorded with privacy notice version {version}.',
    transactional:
      'Messages we have to send you, such as order and booking confirmations, invoices and account security alerts, continue whatever you choose here.',
    channels: {
      email: 'Email',
      sms: 'Text message (SMS)',
      phone: 'Phone call',
      post: 'Post',
    },
    givenOn: 'Given on {date}',
    withdrawnOn: 'Withdrawn on {date}',
    saveFailed: 'Not saved: {reason}',
    withdrawAll: {
      button: 'Withdraw all consents',
      confirm: 'Click again to withdraw all consents',
      done: 'All consents withdrawn ({count}).',
      none: 'There was nothing to withdraw.',
      failed: 'Not withdrawn: {reason}',
    },
    gpc: {
      honoured: 'GPC signal honoured',
      body: 'Your browser sends a Global Privacy Control signal. We treat it as your request not to sell or share your personal information, and have recorded it.',
    },
    choices: {
      heading: 'Your Privacy Choices',
      intro:
        'You can tell {operator} not to sell or share your personal information and to limit the use of sensitive information. You do not need to give a reason, and you will not be treated differently.',
      'sale-or-sharing': {
        label: 'Do Not Sell or Share My Personal Information',
        description:
          'We will not sell your personal information or share it for advertising on other websites and apps based on your activity here.',
      },
      'sensitive-data-use': {
        label: 'Limit the Use of My Sensitive Personal Information',
        description:
          'We will use sensitive information, such as your account login, only to provide the service you asked for and to keep your account secure.',
      },
      'third-party-direct-marketing': {
        label: 'Do not share my contact details with third parties for their own marketing',
        description:
          'California Shine the Light. Partner offers you allowed are withdrawn; allowing a partner offer again lifts this opt-out.',
      },
      optedOutOn: 'Opted out on {date}',
      saveFailed: 'Not saved: {reason}',
      gpcQuestion:
        'Your browser sends a Global Privacy Control signal, which we treat as “do not sell or share”. Do you want to allow sale and sharing anyway?',
      gpcConfirm: 'Yes, allow sale and sharing',
      gpcCancel: 'No, keep my opt-out',
    },
    shineTheLight: {
      heading: 'Who received your contact details for their own marketing',
      intro:
        'Third parties that received your contact details for their own direct marketing in {year}:',
      none: 'No third party received your contact details for its own direct marketing in {year}.',
    },
    history: {
      heading: 'History of your choices',
      empty: 'Nothing has been recorded yet.',
      loadMore: 'Show older changes',
      loading: 'Loading the history…',
      when: 'When',
      what: 'What',
      channel: 'Channel',
      decision: 'Choice',
      how: 'How',
      by: 'By',
      granted: 'Given',
      withdrawn: 'Withdrawn',
      optedOut: 'Opted out',
      optedIn: 'Opt-out lifted',
      noChannel: '–',
      byCustomer: 'You',
      byStaff: 'Our staff, at your request',
      bySystem: 'Automatically',
    },
    methods: {
      'sign-up': 'When you signed up',
      portal: 'In this portal',
      'one-click-unsubscribe': 'Unsubscribe button of your email app',
      'unsubscribe-link': 'Unsubscribe link in an email',
      'sms-stop': 'STOP reply to a text message',
      gpc: 'Global Privacy Control signal of your browser',
      'staff-on-request': 'By our staff, at your request',
    },
    receipt: {
      heading: 'Consent receipt',
      intro:
        'Download a signed receipt of the consents and choices recorded for you, to keep as proof.',
      html: 'Download receipt (readable)',
      json: 'Download receipt (signed JSON)',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      loading: 'Checking your unsubscribe link…',
      question: 'Stop receiving “{purpose}” emails from {operator}?',
      explanation:
        'Emails you need, such as order confirmations and messages about your account, continue.',
      confirm: 'Unsubscribe',
      confirming: 'Unsubscribing…',
      done: 'Done: you will no longer receive “{purpose}” emails. This took effect immediately.',
      already: 'You are already unsubscribed from “{purpose}” emails.',
      invalid: 'This unsubscribe link is not valid. It may have been copied incompletely.',
      expired: 'This unsubscribe link has expired.',
      manage: 'Sign in to the privacy portal to see and change all your choices.',
      failed: 'Not unsubscribed: {reason}',
    },
  },
  forms: {
    errorSummaryTitle: 'Please correct the following:',
    errorPrefix: 'Error:',
  },
  auth: {
    rateLimited: 'Too many attempts. Please wait {wait} and try again.',
    emailSent: 'If {email} belongs to an account here, an email with a code is on its way. It can take a minute.',
    common: {
      backToSignIn: 'Back to sign-in',
      checking: 'Checking…',
      codeResent: 'A new code has been sent.',
      otherEmail: 'Use another email address',
      resend: 'Send a new code',
      saving: 'Saving…',
      sending: 'Sending…',
    },
    fields: {
      email: {
        label: 'Email address',
        required: 'Enter your email address.',
        invalid: 'Enter an email address like name@example.com.',
        tooLong: 'This email address is too long.',
      },
      password: {
        label: 'Password',
        required: 'Enter your password.',
        tooLong: 'A password has at most {max} characters.',
      },
      newPassword: {
        label: 'New password',
        hint: 'At least {min} characters. A few unrelated words make a strong, memorable password.',
        required: 'Choose a new password.',
        tooShort: 'Use at least {min} characters.',
        tooLong: 'Use at most {max} characters.',
        common: 'This password is too common and easy to guess. Choose another.',
      },
      code: {
        label: 'Code',
        hint: 'The 6-digit code from the email.',
        required: 'Enter the code.',
        invalid: 'The code is 6 digits.',
        rejected: 'That code is not valid or has expired. Request a new one.',
      },
    },
    signIn: {
      title: 'Sign in',
      intro: 'Sign in to see and manage the personal data {operator} holds about you.',
      submit: 'Sign in',
      submitting: 'Signing in…',
      failed: 'The email address or password is not correct.',
      locked: 'This account is locked after too many failed attempts. Reset your password to unlock it.',
      resetToUnlock: 'Reset your password',
      forgotPassword: 'Forgot your password?',
      useEmailCode: 'Sign in with a code by email instead',
      claimQuestion: 'Never set a password here?',
      claim: 'Set up your access',
    },
    emailCode: {
      title: 'Sign in with a code',
      send: 'Email me a code',
      submit: 'Sign in',
      usePassword: 'Sign in with your password instead',
    },
    secondFactor: {
      title: 'Second step',
      intro: 'Enter the code from your authenticator app, or one of your recovery codes.',
      enrolIntro: 'Your account needs a second factor. Add this portal to an authenticator app to continue.',
      codeLabel: 'Code',
      codeHint: '6 digits from the app, or a recovery code.',
      codeRequired: 'Enter the code.',
      codeInvalid: 'Enter 6 digits or a recovery code.',
      codeRejected: 'That code is not right. Try the newest code from your app.',
      submit: 'Continue',
      cancel: 'Cancel and sign out',
    },
    claim: {
      title: 'Set up your access',
      intro: 'If {operator} holds your email address, we email you a code to set your password.',
      send: 'Email me a code',
      submit: 'Set password and sign in',
      haveAccount: 'Already have a password? Sign in',
    },
    reset: {
      title: 'Reset your password',
      intro: 'We email you a code to choose a new password. Your other sessions are signed out.',
      send: 'Email me a code',
      submit: 'Set new password',
      done: 'Your password has been changed.',
    },
    emailVerification: {
      verified: 'Your email address is verified.',
      notVerified: 'Your email address is not verified yet.',
      explain: 'Verify it so that important messages about your data reach you.',
      send: 'Send a verification code',
      sent: 'A code is on its way to {email}.',
      submit: 'Verify',
      done: 'Thank you, your email address is verified.',
    },
    totp: {
      start: 'Set up an authenticator app',
      starting: 'Preparing…',
      scan: 'Scan this QR code with your authenticator app.',
      qrAlt: 'QR code to add this portal to an authenticator app',
      manual: 'Cannot scan? Enter this key in the app instead:',
      manualKeyLabel: 'Setup key',
      codeLabel: 'Code from the app',
      codeHint: 'The 6 digits the app shows now.',
      codeRejected: 'That code is not right. Check the time on your phone and try the newest code.',
      confirm: 'Confirm',
    },
    totpSettings: {
      heading: 'Authenticator app',
      on: 'On: signing in asks for a code from your app.',
      off: 'Off: you sign in with your password only.',
      staff: 'Staff accounts always use an authenticator app.',
      enabled: 'The authenticator app is now on.',
      disabled: 'The authenticator app is now off.',
      disable: 'Turn off',
      confirmDisable: 'Turn off the authenticator app? Signing in will then need only your password.',
      failed: 'Not changed: {reason}',
    },
    recoveryCodes: {
      heading: 'Your recovery codes',
      intro: 'Each code works once, if you lose your phone. Keep them somewhere safe: they are shown only now.',
      listLabel: 'Recovery codes',
      copy: 'Copy',
      copied: 'Copied.',
      copyFailed: 'Could not copy. Select the codes and copy them yourself.',
      download: 'Download as a file',
      fileHeading: 'Recovery codes for {issuer}',
      done: 'Done',
      continue: 'I saved them, continue',
    },
    stepUp: {
      title: 'Confirm it is you',
      intro: 'For your safety, confirm it is you before continuing.',
      passwordLabel: 'Password',
      totpLabel: 'Code from your authenticator app',
      usePassword: 'Use my password',
      useTotp: 'Use my authenticator app',
      useEmailCode: 'Email me a code',
      emailCodeSent: 'We emailed you a code.',
      submit: 'Confirm',
      cancel: 'Cancel',
      cancelled: 'Cancelled: nothing was changed.',
      rejected: 'That did not match. Try again.',
    },
    guard: {
      checking: 'Checking your sign-in…',
      staffOnlyTitle: 'For staff only',
      staffOnlyBody: 'This part of the portal is for the support staff of the operator.',
    },
    header: {
      signIn: 'Sign in',
      signOut: 'Sign out',
      signingOut: 'Signing out…',
      signedInAs: 'Signed in as {name}',
    },
  },
  account: {
    security: {
      title: 'Account security',
      sessionsLink: 'Sessions and devices',
    },
    changePassword: {
      heading: 'Change password',
      currentLabel: 'Current password',
      currentRequired: 'Enter your current password.',
      currentWrong: 'Your current password is not correct.',
      submit: 'Change password',
      done: 'Your password has been changed. Your other sessions were signed out.',
    },
    sessions: {
      title: 'Sessions and devices',
      intro: 'Where you are signed in now. Sign out anything you do not recognise, then change your password.',
      loading: 'Loading your sessions…',
      device: '{browser} on {os}',
      place: 'Near {place}',
      lastSeen: 'Last active {time}',
      signedInAt: 'Signed in {time}',
      current: 'This device',
      revoke: 'Sign out',
      revoking: 'Signing out…',
      revokeOthers: 'Sign out all other sessions',
      revoked: 'That session has been signed out.',
      othersRevoked: 'All other sessions have been signed out.',
      none: 'You are signed in only here.',
      failed: 'Not signed out: {reason}',
    },
  },
} as const satisfies TVocabularySections;

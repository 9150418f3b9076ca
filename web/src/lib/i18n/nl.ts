import type { TCatalog } from './catalog-types';

/** Dutch messages (formal "u", as the Dutch operators write to their customers). */
export const nl = {
  app: {
    name: 'Privacyportaal',
    loading: 'Laden…',
  },
  layout: {
    skipToContent: 'Direct naar de hoofdinhoud',
    mainNavigation: 'Hoofdmenu',
    language: 'Taal',
    privacyQuestions: 'Vragen over uw privacy?',
    writeTo: 'Mail naar',
    runBy: 'Dit portaal wordt beheerd door {legalName}.',
  },
  nav: {
    home: 'Home',
    myData: 'Mijn gegevens',
    consent: 'Toestemming',
    account: 'Account',
  },
  home: {
    title: 'Privacyportaal',
    loading: 'Het privacyportaal wordt geladen…',
    intro:
      'Dit is het privacyportaal van {operator}. Hier ziet u welke persoonsgegevens {operator} over u heeft. U kunt ze verbeteren, een kopie downloaden, ze laten verwijderen en kiezen welke berichten u ontvangt. U regelt het zelf, binnen een paar minuten, zonder dat u een e-mail hoeft te sturen.',
    staffAudit:
      'Als onze medewerkers u helpen, wordt elke keer dat zij uw gegevens bekijken of wijzigen vastgelegd. Dat overzicht kunt u hier inzien.',
    contact: {
      heading: 'Contact over privacy',
      email: 'E-mail',
      dpo: 'Functionaris voor gegevensbescherming',
      phone: 'Telefoon',
      tollFreePhone: 'Gratis telefoonnummer',
      address: 'Postadres',
    },
    authority: {
      heading: 'Toezichthouder',
      intro:
        'Bent u niet tevreden over hoe {operator} met uw persoonsgegevens omgaat? Dan kunt u een klacht indienen bij de toezichthouder:',
      complaint: 'Zo dient u een klacht in',
      email: 'E-mail',
      phone: 'Telefoon',
    },
    rights: {
      heading: 'Uw rechten',
      intro: 'Als klant van {operator} heeft u deze rechten:',
    },
    automatedDecisions: {
      heading: 'Geautomatiseerde besluitvorming',
    },
    notice: 'Privacyverklaring versie {version}, geldig sinds {date}.',
  },
  rights: {
    access: {
      label: 'Recht op inzage',
      description:
        'Zien welke persoonsgegevens wij over u hebben, waarom wij ze hebben en wie ze ontvangt.',
    },
    rectification: {
      label: 'Recht op rectificatie',
      description: 'Onjuiste of onvolledige gegevens laten verbeteren.',
    },
    erasure: {
      label: 'Recht op gegevenswissing',
      description: 'Uw gegevens laten verwijderen als er geen reden meer is om ze te bewaren.',
    },
    restriction: {
      label: 'Recht op beperking van de verwerking',
      description:
        'Het gebruik van uw gegevens tijdelijk laten stopzetten, bijvoorbeeld terwijl een correctie wordt gecontroleerd.',
    },
    portability: {
      label: 'Recht op overdraagbaarheid van gegevens',
      description:
        'Uw gegevens ontvangen in een bestand dat een computer kan lezen, om ze mee te nemen naar een ander bedrijf.',
    },
    objection: {
      label: 'Recht van bezwaar',
      description:
        'Bezwaar maken tegen verwerking op grond van ons gerechtvaardigd belang, en altijd tegen direct marketing.',
    },
    'withdraw-consent': {
      label: 'Recht om toestemming in te trekken',
      description: 'Een toestemming die u gaf weer intrekken, net zo makkelijk als u die gaf.',
    },
    'automated-decisions': {
      label: 'Rechten bij geautomatiseerde besluiten',
      description:
        'Niet onderworpen worden aan een besluit dat alleen door een computer is genomen en dat u in aanmerkelijke mate treft.',
    },
    complain: {
      label: 'Recht om een klacht in te dienen',
      description:
        'Een klacht indienen bij de toezichthouder als u niet tevreden bent over hoe wij met uw gegevens omgaan.',
    },
    'know-categories': {
      label: 'Recht om te weten',
      description: 'Weten welke categorieën persoonsgegevens wij verzamelen, gebruiken en delen.',
    },
    'opt-out-sale-sharing': {
      label: 'Recht om verkoop of delen te weigeren',
      description: 'Ons laten weten dat wij uw persoonsgegevens niet mogen verkopen of delen.',
    },
    'limit-sensitive': {
      label: 'Recht om het gebruik van gevoelige persoonsgegevens te beperken',
      description:
        'Het gebruik van gevoelige gegevens beperken tot wat nodig is om u van dienst te zijn.',
    },
    'shine-the-light': {
      label: 'Shine the Light',
      description:
        'Vragen welke derden uw gegevens hebben gekregen voor hun eigen direct marketing.',
    },
    'non-discrimination': {
      label: 'Recht op gelijke behandeling',
      description:
        'U wordt nooit slechter behandeld (in prijs, service of kwaliteit) omdat u uw privacyrechten gebruikt.',
    },
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Op dit adres staat geen pagina. Misschien is de link verkeerd getypt of is de pagina verplaatst.',
    home: 'Naar de startpagina',
  },
  errors: {
    title: 'Er ging iets mis',
    network:
      'We konden het portaal niet bereiken. Controleer uw internetverbinding en probeer het opnieuw.',
    invalidResponse:
      'Het portaal stuurde een antwoord dat deze pagina niet begrijpt. Laad de pagina opnieuw en probeer het nog eens.',
    unexpected: 'Er ging onverwacht iets mis op deze pagina.',
    reference: 'Referentie: {requestId}',
    retry: 'Opnieuw proberen',
    retrying: 'Bezig met opnieuw proberen…',
    reload: 'Pagina opnieuw laden',
    codes: {
      bad_request: 'Het verzoek kon niet worden begrepen.',
      validation_failed:
        'Sommige gegevens zijn niet geldig. Controleer de velden en probeer het opnieuw.',
      unauthenticated: 'Log in om verder te gaan.',
      step_up_required: 'Bevestig dat u het bent om verder te gaan.',
      forbidden: 'U mag dit niet doen.',
      csrf_rejected:
        'Uw verzoek is voor uw veiligheid tegengehouden. Laad de pagina opnieuw en probeer het nog eens.',
      not_found: 'We konden niet vinden wat u zocht.',
      method_not_allowed: 'Deze actie is niet beschikbaar.',
      conflict: 'Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
      gone: 'Dit is niet meer beschikbaar.',
      precondition_failed:
        'Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
      payload_too_large: 'Wat u stuurde is te groot.',
      unsupported_media_type: 'Dit soort inhoud wordt niet geaccepteerd.',
      unprocessable: 'Dit verzoek kan niet worden uitgevoerd.',
      locked: 'Dit is op dit moment vergrendeld. Probeer het later opnieuw.',
      rate_limited: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
      internal: 'Er ging bij ons iets mis. Probeer het opnieuw.',
      unavailable: 'Het portaal is tijdelijk niet beschikbaar. Probeer het zo meteen opnieuw.',
    },
  },
  consent: {
    title: 'Uw toestemmingen en keuzes',
    loading: 'Uw toestemmingen worden geladen…',
    intro:
      'Kies welke berichten {operator} u mag sturen, en hoe. Niets staat aan totdat u het zelf aanzet, en u zet het op elk moment net zo makkelijk weer uit.',
    purposesHeading: 'Berichten die u kunt kiezen',
    noticeVersion: 'Uw keuzes worden vastgelegd met versie {version} van de privacyverklaring.',
    transactional:
      'Berichten die wij u moeten sturen, zoals bevestigingen van bestellingen en boekingen, facturen en beveiligingsmeldingen over uw account, blijven komen, wat u hier ook kiest.',
    channels: {
      email: 'E-mail',
      sms: 'Sms',
      phone: 'Telefoon',
      post: 'Post',
    },
    givenOn: 'Gegeven op {date}',
    withdrawnOn: 'Ingetrokken op {date}',
    saveFailed: 'Niet opgeslagen: {reason}',
    withdrawAll: {
      button: 'Alle toestemmingen intrekken',
      confirm: 'Klik nogmaals om alle toestemmingen in te trekken',
      done: 'Alle toestemmingen zijn ingetrokken ({count}).',
      none: 'Er was niets om in te trekken.',
      failed: 'Niet ingetrokken: {reason}',
    },
    gpc: {
      honoured: 'GPC-signaal gerespecteerd',
      body: 'Uw browser stuurt een Global Privacy Control-signaal. Wij zien dat als uw verzoek om uw persoonsgegevens niet te verkopen of te delen, en hebben het vastgelegd.',
    },
    choices: {
      heading: 'Uw privacykeuzes',
      intro:
        'U kunt {operator} vragen uw persoonsgegevens niet te verkopen of te delen en het gebruik van gevoelige gegevens te beperken. U hoeft geen reden te geven en u wordt er niet anders door behandeld.',
      'sale-or-sharing': {
        label: 'Mijn persoonsgegevens niet verkopen of delen',
        description:
          'Wij verkopen uw persoonsgegevens niet en delen ze niet voor advertenties op andere websites en apps op basis van uw activiteit hier.',
      },
      'sensitive-data-use': {
        label: 'Het gebruik van mijn gevoelige persoonsgegevens beperken',
        description:
          'Wij gebruiken gevoelige gegevens, zoals uw inloggegevens, alleen om de dienst te leveren waarom u vroeg en om uw account te beveiligen.',
      },
      'third-party-direct-marketing': {
        label: 'Mijn contactgegevens niet delen met derden voor hun eigen marketing',
        description:
          'Californische Shine the Light-wet. Aanbiedingen van partners die u had toegestaan, worden ingetrokken; staat u een partneraanbieding weer toe, dan vervalt dit bezwaar.',
      },
      optedOutOn: 'Bezwaar gemaakt op {date}',
      saveFailed: 'Niet opgeslagen: {reason}',
      gpcQuestion:
        'Uw browser stuurt een Global Privacy Control-signaal, dat wij opvatten als “niet verkopen of delen”. Wilt u verkopen en delen toch toestaan?',
      gpcConfirm: 'Ja, verkopen en delen toestaan',
      gpcCancel: 'Nee, mijn bezwaar houden',
    },
    shineTheLight: {
      heading: 'Wie uw contactgegevens kreeg voor eigen marketing',
      intro: 'Derden die in {year} uw contactgegevens ontvingen voor hun eigen direct marketing:',
      none: 'In {year} heeft geen enkele derde uw contactgegevens ontvangen voor eigen direct marketing.',
    },
    history: {
      heading: 'Geschiedenis van uw keuzes',
      empty: 'Er is nog niets vastgelegd.',
      loadMore: 'Oudere wijzigingen tonen',
      loading: 'De geschiedenis wordt geladen…',
      when: 'Wanneer',
      what: 'Wat',
      channel: 'Kanaal',
      decision: 'Keuze',
      how: 'Hoe',
      by: 'Door',
      granted: 'Gegeven',
      withdrawn: 'Ingetrokken',
      optedOut: 'Bezwaar gemaakt',
      optedIn: 'Bezwaar opgeheven',
      noChannel: '–',
      byCustomer: 'U',
      byStaff: 'Onze medewerkers, op uw verzoek',
      bySystem: 'Automatisch',
    },
    methods: {
      'sign-up': 'Bij uw aanmelding',
      portal: 'In dit portaal',
      'one-click-unsubscribe': 'Afmeldknop van uw e-mailprogramma',
      'unsubscribe-link': 'Afmeldlink in een e-mail',
      'sms-stop': 'STOP-antwoord op een sms',
      gpc: 'Global Privacy Control-signaal van uw browser',
      'staff-on-request': 'Door onze medewerkers, op uw verzoek',
    },
    receipt: {
      heading: 'Toestemmingsbewijs',
      intro:
        'Download een ondertekend bewijs van de toestemmingen en keuzes die voor u zijn vastgelegd, om als bewijs te bewaren.',
      html: 'Bewijs downloaden (leesbaar)',
      json: 'Bewijs downloaden (ondertekende JSON)',
    },
    unsubscribe: {
      title: 'Afmelden',
      loading: 'Uw afmeldlink wordt gecontroleerd…',
      question: 'Wilt u geen e-mails over “{purpose}” van {operator} meer ontvangen?',
      explanation:
        'E-mails die u nodig hebt, zoals bevestigingen van bestellingen en berichten over uw account, blijven komen.',
      confirm: 'Afmelden',
      confirming: 'Bezig met afmelden…',
      done: 'Gelukt: u ontvangt geen e-mails over “{purpose}” meer. Dit geldt per direct.',
      already: 'U bent al afgemeld voor e-mails over “{purpose}”.',
      invalid: 'Deze afmeldlink is niet geldig. Misschien is hij niet volledig gekopieerd.',
      expired: 'Deze afmeldlink is verlopen.',
      manage: 'Log in op het privacyportaal om al uw keuzes te zien en te wijzigen.',
      failed: 'Niet afgemeld: {reason}',
    },
  },
  forms: {
    errorSummaryTitle: 'Verbeter het volgende:',
    errorPrefix: 'Fout:',
  },
  auth: {
    rateLimited: 'Te veel pogingen. Wacht {wait} en probeer het opnieuw.',
    emailSent: 'Als {email} bij een account hier hoort, is er een e-mail met een code onderweg. Dat kan een minuut duren.',
    common: {
      backToSignIn: 'Terug naar inloggen',
      checking: 'Controleren…',
      codeResent: 'Er is een nieuwe code verstuurd.',
      otherEmail: 'Een ander e-mailadres gebruiken',
      resend: 'Stuur een nieuwe code',
      saving: 'Opslaan…',
      sending: 'Versturen…',
    },
    fields: {
      email: {
        label: 'E-mailadres',
        required: 'Vul uw e-mailadres in.',
        invalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
        tooLong: 'Dit e-mailadres is te lang.',
      },
      password: {
        label: 'Wachtwoord',
        required: 'Vul uw wachtwoord in.',
        tooLong: 'Een wachtwoord heeft hoogstens {max} tekens.',
      },
      newPassword: {
        label: 'Nieuw wachtwoord',
        hint: 'Minstens {min} tekens. Een paar losse woorden vormen een sterk wachtwoord dat u onthoudt.',
        required: 'Kies een nieuw wachtwoord.',
        tooShort: 'Gebruik minstens {min} tekens.',
        tooLong: 'Gebruik hoogstens {max} tekens.',
        common: 'Dit wachtwoord komt te vaak voor en is makkelijk te raden. Kies een ander.',
      },
      code: {
        label: 'Code',
        hint: 'De code van 6 cijfers uit de e-mail.',
        required: 'Vul de code in.',
        invalid: 'De code bestaat uit 6 cijfers.',
        rejected: 'Die code is niet geldig of verlopen. Vraag een nieuwe aan.',
      },
    },
    signIn: {
      title: 'Inloggen',
      intro: 'Log in om de persoonsgegevens te zien en te beheren die {operator} van u heeft.',
      submit: 'Inloggen',
      submitting: 'Inloggen…',
      failed: 'Het e-mailadres of wachtwoord klopt niet.',
      locked: 'Dit account is geblokkeerd na te veel mislukte pogingen. Stel uw wachtwoord opnieuw in om het te deblokkeren.',
      resetToUnlock: 'Wachtwoord opnieuw instellen',
      forgotPassword: 'Wachtwoord vergeten?',
      useEmailCode: 'Liever inloggen met een code per e-mail',
      claimQuestion: 'Nog nooit een wachtwoord ingesteld?',
      claim: 'Stel uw toegang in',
    },
    emailCode: {
      title: 'Inloggen met een code',
      send: 'Mail mij een code',
      submit: 'Inloggen',
      usePassword: 'Liever inloggen met uw wachtwoord',
    },
    secondFactor: {
      title: 'Tweede stap',
      intro: 'Vul de code uit uw authenticator-app in, of een van uw herstelcodes.',
      enrolIntro: 'Uw account heeft een tweede factor nodig. Voeg dit portaal toe aan een authenticator-app om verder te gaan.',
      codeLabel: 'Code',
      codeHint: '6 cijfers uit de app, of een herstelcode.',
      codeRequired: 'Vul de code in.',
      codeInvalid: 'Vul 6 cijfers of een herstelcode in.',
      codeRejected: 'Die code klopt niet. Probeer de nieuwste code uit uw app.',
      submit: 'Doorgaan',
      cancel: 'Annuleren en uitloggen',
    },
    claim: {
      title: 'Stel uw toegang in',
      intro: 'Als {operator} uw e-mailadres heeft, mailen wij u een code om uw wachtwoord in te stellen.',
      send: 'Mail mij een code',
      submit: 'Wachtwoord instellen en inloggen',
      haveAccount: 'Heeft u al een wachtwoord? Inloggen',
    },
    reset: {
      title: 'Wachtwoord opnieuw instellen',
      intro: 'Wij mailen u een code om een nieuw wachtwoord te kiezen. Uw andere sessies worden uitgelogd.',
      send: 'Mail mij een code',
      submit: 'Nieuw wachtwoord instellen',
      done: 'Uw wachtwoord is gewijzigd.',
    },
    emailVerification: {
      verified: 'Uw e-mailadres is bevestigd.',
      notVerified: 'Uw e-mailadres is nog niet bevestigd.',
      explain: 'Bevestig het, zodat belangrijke berichten over uw gegevens u bereiken.',
      send: 'Stuur een bevestigingscode',
      sent: 'Er is een code onderweg naar {email}.',
      submit: 'Bevestigen',
      done: 'Dank u, uw e-mailadres is bevestigd.',
    },
    totp: {
      start: 'Een authenticator-app instellen',
      starting: 'Voorbereiden…',
      scan: 'Scan deze QR-code met uw authenticator-app.',
      qrAlt: 'QR-code om dit portaal toe te voegen aan een authenticator-app',
      manual: 'Lukt scannen niet? Vul dan deze sleutel in de app in:',
      manualKeyLabel: 'Instelsleutel',
      codeLabel: 'Code uit de app',
      codeHint: 'De 6 cijfers die de app nu toont.',
      codeRejected: 'Die code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.',
      confirm: 'Bevestigen',
    },
    totpSettings: {
      heading: 'Authenticator-app',
      on: 'Aan: bij inloggen vragen wij een code uit uw app.',
      off: 'Uit: u logt in met alleen uw wachtwoord.',
      staff: 'Medewerkersaccounts gebruiken altijd een authenticator-app.',
      enabled: 'De authenticator-app staat nu aan.',
      disabled: 'De authenticator-app staat nu uit.',
      disable: 'Uitzetten',
      confirmDisable: 'De authenticator-app uitzetten? Inloggen vraagt dan alleen uw wachtwoord.',
      failed: 'Niet gewijzigd: {reason}',
    },
    recoveryCodes: {
      heading: 'Uw herstelcodes',
      intro: 'Elke code werkt één keer, als u uw telefoon kwijt bent. Bewaar ze op een veilige plek: u ziet ze alleen nu.',
      listLabel: 'Herstelcodes',
      copy: 'Kopiëren',
      copied: 'Gekopieerd.',
      copyFailed: 'Kopiëren lukte niet. Selecteer de codes en kopieer ze zelf.',
      download: 'Downloaden als bestand',
      fileHeading: 'Herstelcodes voor {issuer}',
      done: 'Klaar',
      continue: 'Ik heb ze bewaard, doorgaan',
    },
    stepUp: {
      title: 'Bevestig dat u het bent',
      intro: 'Voor uw veiligheid vragen wij u te bevestigen dat u het bent voordat u verdergaat.',
      passwordLabel: 'Wachtwoord',
      totpLabel: 'Code uit uw authenticator-app',
      usePassword: 'Mijn wachtwoord gebruiken',
      useTotp: 'Mijn authenticator-app gebruiken',
      useEmailCode: 'Mail mij een code',
      emailCodeSent: 'Wij hebben u een code gemaild.',
      submit: 'Bevestigen',
      cancel: 'Annuleren',
      cancelled: 'Geannuleerd: er is niets gewijzigd.',
      rejected: 'Dat klopte niet. Probeer het opnieuw.',
    },
    guard: {
      checking: 'Uw inlog controleren…',
      staffOnlyTitle: 'Alleen voor medewerkers',
      staffOnlyBody: 'Dit deel van het portaal is voor de klantenservice van de organisatie.',
    },
    header: {
      signIn: 'Inloggen',
      signOut: 'Uitloggen',
      signingOut: 'Uitloggen…',
      signedInAs: 'Ingelogd als {name}',
    },
  },
  account: {
    security: {
      title: 'Accountbeveiliging',
      sessionsLink: 'Sessies en apparaten',
    },
    changePassword: {
      heading: 'Wachtwoord wijzigen',
      currentLabel: 'Huidig wachtwoord',
      currentRequired: 'Vul uw huidige wachtwoord in.',
      currentWrong: 'Uw huidige wachtwoord klopt niet.',
      submit: 'Wachtwoord wijzigen',
      done: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn uitgelogd.',
    },
    sessions: {
      title: 'Sessies en apparaten',
      intro: 'Waar u nu bent ingelogd. Log alles uit wat u niet herkent en wijzig daarna uw wachtwoord.',
      loading: 'Uw sessies laden…',
      device: '{browser} op {os}',
      place: 'In de buurt van {place}',
      lastSeen: 'Laatst actief {time}',
      signedInAt: 'Ingelogd {time}',
      current: 'Dit apparaat',
      revoke: 'Uitloggen',
      revoking: 'Uitloggen…',
      revokeOthers: 'Alle andere sessies uitloggen',
      revoked: 'Die sessie is uitgelogd.',
      othersRevoked: 'Alle andere sessies zijn uitgelogd.',
      none: 'U bent alleen hier ingelogd.',
      failed: 'Niet uitgelogd: {reason}',
    },
  },
} as const satisfies TCatalog;

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
} as const satisfies TCatalog;

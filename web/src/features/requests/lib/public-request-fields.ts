import type { TTranslate } from '../../../lib/i18n/catalog-types';
import type { TIssueKind } from '../../../lib/form-errors';

export type TPublicField = 'type' | 'email' | 'dataPoints' | 'details' | 'signedName' | 'declaration' | 'agentName' | 'agentEmail' | 'agentPermission';

/** A problem the shared schema found with a field of the public request form, in the UI language. */
export function describePublicIssue(t: TTranslate, field: TPublicField, needed: number, kind: TIssueKind, body: { details: string }): string {
  switch (field) {
    case 'type':
      return t('requests.public.errors.type');
    case 'email':
      return t('requests.public.errors.email');
    case 'dataPoints':
      return t('requests.public.errors.dataPoints', { count: needed });
    case 'details':
      if (body.details === '') return t('requests.public.errors.detailsRequired');
      return kind === 'too-long' ? t('requests.public.errors.detailsTooLong') : t('requests.public.errors.detailsTooShort');
    case 'signedName':
      return t('requests.public.errors.signedName');
    case 'declaration':
      return t('requests.public.errors.declaration');
    case 'agentName':
      return t('requests.public.errors.agentName');
    case 'agentEmail':
      return t('requests.public.errors.agentEmail');
    case 'agentPermission':
      return t('requests.public.errors.agentPermission');
  }
}

import type { TMailTemplate } from './mail-types.ts';
import { accountClaim, type TAccountClaimParams } from './templates/account-claim.ts';
import {
  emailVerification,
  type TEmailVerificationParams,
} from './templates/email-verification.ts';
import { erasureCompleted, type TErasureCompletedParams } from './templates/erasure-completed.ts';
import { erasureScheduled, type TErasureScheduledParams } from './templates/erasure-scheduled.ts';
import { exportReady, type TExportReadyParams } from './templates/export-ready.ts';
import {
  impersonationStarted,
  type TImpersonationStartedParams,
} from './templates/impersonation-started.ts';
import { marketingSample, type TMarketingSampleParams } from './templates/marketing-sample.ts';
import { newSignIn, type TNewSignInParams } from './templates/new-sign-in.ts';
import { passwordReset, type TPasswordResetParams } from './templates/password-reset.ts';
import {
  privacyNoticeUpdated,
  type TPrivacyNoticeUpdatedParams,
} from './templates/privacy-notice-updated.ts';
import { requestCompleted, type TRequestCompletedParams } from './templates/request-completed.ts';
import { requestReceived, type TRequestReceivedParams } from './templates/request-received.ts';
import { requestUpdate, type TRequestUpdateParams } from './templates/request-update.ts';
import { signInCode, type TSignInCodeParams } from './templates/sign-in-code.ts';

/** Every message the portal sends, by name, with the parameters each one needs. */
export type TMailParamsByTemplate = {
  'sign-in-code': TSignInCodeParams;
  'email-verification': TEmailVerificationParams;
  'password-reset': TPasswordResetParams;
  'account-claim': TAccountClaimParams;
  'new-sign-in': TNewSignInParams;
  'export-ready': TExportReadyParams;
  'erasure-scheduled': TErasureScheduledParams;
  'erasure-completed': TErasureCompletedParams;
  'impersonation-started': TImpersonationStartedParams;
  'request-received': TRequestReceivedParams;
  'request-completed': TRequestCompletedParams;
  'request-update': TRequestUpdateParams;
  'marketing-sample': TMarketingSampleParams;
  'privacy-notice-updated': TPrivacyNoticeUpdatedParams;
};

export type TMailTemplateName = keyof TMailParamsByTemplate;
export type TMailParams<N extends TMailTemplateName> = TMailParamsByTemplate[N];

export const MAIL_TEMPLATES: { [N in TMailTemplateName]: TMailTemplate<TMailParamsByTemplate[N]> } =
  {
    'sign-in-code': signInCode,
    'email-verification': emailVerification,
    'password-reset': passwordReset,
    'account-claim': accountClaim,
    'new-sign-in': newSignIn,
    'export-ready': exportReady,
    'erasure-scheduled': erasureScheduled,
    'erasure-completed': erasureCompleted,
    'impersonation-started': impersonationStarted,
    'request-received': requestReceived,
    'request-completed': requestCompleted,
    'request-update': requestUpdate,
    'marketing-sample': marketingSample,
    'privacy-notice-updated': privacyNoticeUpdated,
  };

export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES) as TMailTemplateName[];

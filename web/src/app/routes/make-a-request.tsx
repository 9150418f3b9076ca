import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PUBLIC_REQUEST_TYPES } from '@portal/shared/schemas/requests.schema';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { PublicCodeStep, type TPublicConfirmation } from '../../features/requests/components/public-code-step';
import { PublicConfirmation } from '../../features/requests/components/public-confirmation';
import { PublicRequestForm } from '../../features/requests/components/public-request-form';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

type TStep =
  | { step: 'form' }
  | { step: 'code'; verificationId: string; minutesValid: number; sentTo: string }
  | { step: 'done'; confirmation: TPublicConfirmation };

/** /make-a-request: a request without an account: the form, the emailed code, the confirmation. */
export function MakeARequestRoute() {
  const { t, language } = useI18n();
  const operator = useOperatorName() || t('app.name');
  const profile = useQuery(operatorProfileQueryOptions());
  const [state, setState] = useState<TStep>({ step: 'form' });
  const offered = profile.data?.requestTypes;
  const types = PUBLIC_REQUEST_TYPES.filter((type) => !offered || offered.includes(type));

  return (
    <>
      <div className="page-intro">
        <h1>{t('requests.public.title')}</h1>
        {state.step === 'form' ? <p className="lead">{t('requests.public.intro', { operator })}</p> : null}
      </div>
      {state.step === 'form' ? (
        <PublicRequestForm
          types={types}
          offerSpecificPieces={profile.data?.id === 'coopt'}
          language={language}
          onStarted={(started) => setState({ step: 'code', ...started })}
        />
      ) : null}
      {state.step === 'code' ? (
        <PublicCodeStep
          verificationId={state.verificationId}
          sentTo={state.sentTo}
          minutesValid={state.minutesValid}
          onConfirmed={(confirmation) => setState({ step: 'done', confirmation })}
          onStartAgain={() => setState({ step: 'form' })}
        />
      ) : null}
      {state.step === 'done' ? <PublicConfirmation confirmation={state.confirmation} /> : null}
    </>
  );
}

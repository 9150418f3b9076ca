import { useI18n } from '../../lib/i18n/use-i18n';
import { ApiError } from '../../lib/api-client';
import { errorMessage } from './error-message';

type TProps = {
  error: unknown;
  /** Runs the failed query again. */
  onRetry: () => void;
  /** True while the retry is in flight. */
  retrying: boolean;
  /** Heading text; "Something went wrong" unless told. */
  title?: string;
  /** The section's heading level: a page-level error is the page's h1. */
  headingLevel?: 1 | 2;
};

/** A failed query: what went wrong, the request id for support, and a way to try again. */
export function QueryError({ error, onRetry, retrying, title, headingLevel = 2 }: TProps) {
  const { t } = useI18n();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const requestId = error instanceof ApiError ? error.requestId : null;

  return (
    <div className="query-error" role="alert">
      <Heading className="query-error__title">{title ?? t('errors.title')}</Heading>
      <p>{errorMessage(error, t)}</p>
      {requestId ? (
        <p className="query-error__reference">{t('errors.reference', { requestId })}</p>
      ) : null}
      {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus. */}
      <button
        type="button"
        className="button"
        aria-disabled={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {retrying ? t('errors.retrying') : t('errors.retry')}
      </button>
    </div>
  );
}

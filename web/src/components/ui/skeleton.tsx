type TProps = {
  /** What is loading, read out by screen readers ("Loading the privacy portal…"). */
  label: string;
  /** Number of placeholder text lines under the heading bar. */
  lines?: number;
};

/** A placeholder while content loads: visible bars for sighted users, a status for screen readers. */
export function Skeleton({ label, lines = 3 }: TProps) {
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton__bar skeleton__bar--heading" aria-hidden="true" />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__bar" aria-hidden="true" />
      ))}
    </div>
  );
}

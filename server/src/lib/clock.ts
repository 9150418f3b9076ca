/** Time as a dependency, so session timeouts and deadlines are tested with a fake clock. */
export type TClock = { now: () => Date };

export const systemClock: TClock = { now: () => new Date() };

/** A clock tests move by hand. */
export function createFakeClock(start = new Date('2026-11-02T09:00:00Z')): TClock & { advance: (ms: number) => void; set: (at: Date) => void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (at) => {
      current = at.getTime();
    },
  };
}

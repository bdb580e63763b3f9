/** Whose records a write may have changed: some people's, or anyone's. */
export type Written = { userIds: Iterable<string> } | 'everyone';

/** Past this many people written since everyone was last, everyone counts as written. */
const MAX_TRACKED = 50_000;

/**
 * Tells whether what was read about a person is still current: take a stamp before reading,
 * and the read stays good while nothing written since concerns that person. A read that
 * overlaps a write is never counted good, whichever finishes first.
 */
export class WriteClock {
  private now = 0;
  private everyoneAt = 0;
  private readonly personAt = new Map<string, number>();

  stamp(): number {
    return this.now;
  }

  written(who: Written) {
    this.now++;
    if (who === 'everyone' || this.personAt.size >= MAX_TRACKED) {
      this.everyoneAt = this.now;
      this.personAt.clear();
      return;
    }
    for (const id of who.userIds) this.personAt.set(id, this.now);
  }

  /** Nothing concerning the person (or, for undefined, concerning everyone) written since the stamp. */
  unchangedSince(stamp: number, userId: string | undefined): boolean {
    return this.everyoneAt <= stamp && (userId === undefined || (this.personAt.get(userId) ?? 0) <= stamp);
  }
}

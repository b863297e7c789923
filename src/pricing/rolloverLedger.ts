import { Dec, ONE, ZERO, dec } from "./decimal";
import { RolloverPeriod, RolloverTerms } from "./rolloverTypes";

/** An amount rolled over in one period, usable until the end of `lastPeriod`. */
interface CarriedAmount {
  amount: Dec;
  readonly lastPeriod: number;
}

/**
 * Capacity carried between periods, oldest first. Amounts roll with the same expiry, so they also
 * expire oldest first, and the queue's head is always the next to be drawn and the next to expire.
 */
class CarriedCapacity {
  private readonly queue: CarriedAmount[] = [];
  private head = 0;
  total: Dec = ZERO;

  /** Draws up to `need` from the oldest amounts; returns what is still needed. */
  draw(need: Dec): Dec {
    let remaining = need;
    while (remaining.gt(0) && this.head < this.queue.length) {
      const oldest = this.queue[this.head];
      const taken = Dec.min(oldest.amount, remaining);
      oldest.amount = oldest.amount.minus(taken);
      remaining = remaining.minus(taken);
      this.total = this.total.minus(taken);
      if (oldest.amount.isZero()) this.head++;
    }
    return remaining;
  }

  /** Removes the amounts whose last usable period is `period` or earlier; returns how much expired. */
  expire(period: number): Dec {
    let expired: Dec = ZERO;
    while (this.head < this.queue.length && this.queue[this.head].lastPeriod <= period) {
      expired = expired.plus(this.queue[this.head].amount);
      this.head++;
    }
    this.total = this.total.minus(expired);
    return expired;
  }

  add(amount: Dec, lastPeriod: number): void {
    if (amount.isZero()) return;
    this.queue.push({ amount, lastPeriod });
    this.total = this.total.plus(amount);
  }

  /** Forfeits everything carried (a true-up); returns how much. */
  clear(): Dec {
    const all = this.total;
    this.head = this.queue.length;
    this.total = ZERO;
    return all;
  }
}

/**
 * The draw-down in exact decimals, for validated terms. Each period, in this order: usage draws on
 * carried amounts oldest first, then on the period's commitment, and the rest is overage; unused
 * commitment rolls over up to cap × commitment and the remainder is forfeited; carried amounts at
 * the end of their life are forfeited; the rolled amount joins the carry; at a true-up all carry is
 * forfeited.
 * @param scale multiplies every period's commitment (COMMITCOST's `scale`); the cap, a share of
 *   the commitment, scales with it.
 */
export function rolloverLedger(terms: RolloverTerms, scale: Dec = ONE): RolloverPeriod<Dec>[] {
  const cap = dec(terms.cap ?? 1);
  const carried = new CarriedCapacity();
  return terms.usage.map((usageValue, index) => {
    const period = index + 1;
    const usage = dec(usageValue);
    const commit = dec(typeof terms.commit === "number" ? terms.commit : terms.commit[index]).times(
      scale
    );
    const carriedIn = carried.total;

    const afterCarry = carried.draw(usage);
    const fromCommit = Dec.min(afterCarry, commit);
    const overage = afterCarry.minus(fromCommit);
    const unused = commit.minus(fromCommit);
    const rolled = Dec.min(unused, cap.times(commit));

    let forfeited = unused.minus(rolled).plus(carried.expire(period));
    carried.add(rolled, terms.expiry === undefined ? Infinity : period + terms.expiry);
    if (terms.trueUp !== undefined && period % terms.trueUp === 0) {
      forfeited = forfeited.plus(carried.clear());
    }
    return {
      carriedIn,
      covered: usage.minus(overage),
      overage,
      carriedOut: carried.total,
      forfeited,
    };
  });
}

// Whether a target's verdict adds up every year entered, so that a value questioned in any of them weighs on it
// (questionedBehind): a yearly quota is met year by year, and a running sum (新增…户 since the base) totals its
// flow's years. Other targets read the base and the latest year.

/** `kind`: the target's; `dynamics`: its indicator's dynamics kind (cumulative: a running sum). */
export function sumsItsYears(kind: string, dynamics: string | undefined): boolean {
  return kind === 'quota' || dynamics === 'cumulative';
}

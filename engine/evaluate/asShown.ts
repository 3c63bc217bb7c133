// A ratio judged at the precision it is shown with (a tenth of a percent: 90.0%). A pace computed as
// 0.8999999999999965 reads 90% on screen; judged unrounded it was 滞后, under a legend saying 90–110% is
// 基本符合预期. The status, the verdict's pace check and the ESCAP category all compare this value.
export function asShown(ratio: number): number {
  return Math.round(ratio * 1000) / 1000;
}

// Splits the subject of a 分别 clause into its indicators: 规上工业增加值、固定资产投资 → two names. When the
// subject has a 、 list, 和 / 及 / 与 are read as part of a name (软件和信息技术服务业); otherwise they join
// the indicators (一般公共预算收入和税收收入).

export function splitSubjects(subject: string): string[] {
  const parts = subject.includes('、') ? subject.split('、') : subject.split(/以及|和|及|与/);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

// The printable mid-term evaluation report, in Markdown or a self-contained HTML page, Chinese by default.
// It states the rules that produced every label (status thresholds, the pace formula, the ESCAP ratio) so
// a reader can check each conclusion by hand.
import { STATUS_LABELS, STATUS_ORDER } from '../evaluate/classifyStatus.ts';
import { ESCAP_LABELS } from '../evaluate/escapCategory.ts';
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import { evaluationRows, noDataText, statusText } from './evaluationRows.ts';
import { formatPercent, type Lang } from './formatQuantity.ts';

type Block =
  | { kind: 'h1' | 'h2' | 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const TEXT = {
  zh: {
    title: (t: string) => `${t} 中期评估报告`,
    meta: (e: Evaluation) =>
      `评估数据截至 ${e.summary.asOf ?? '—'} 年；基期 ${e.plan.baseYear} 年，规划目标年 ${e.plan.targetYear} 年；` +
      (e.summary.paths > 0
        ? `达标概率由 ${e.summary.paths} 条蒙特卡洛路径（随机种子 ${e.summary.seed}）在实际值基础上重新推演得出。`
        : '未做蒙特卡洛推演。'),
    overview: '总体情况',
    status: '评估结论',
    count: '目标数',
    noData: '无数据',
    qualitative: (n: number) => `另有 ${n} 项定性目标未纳入量化评估。`,
    rules: '判定规则',
    rulePace:
      '进度比 = 实际完成量 ÷ 按规划到最新年份应完成量。以增速表述或按增速推演的指标，按规划复合增长路径 x0·(1+r)^(t−t0) 计算（恰好沿规划增速增长的指标进度比为 100%）；其余指标按时间进度线性计算（完成进度 ÷ 时间进度）；年度任务类指标按累计完成量 ÷ 累计任务量计算，但任一年未完成年度任务的，结论最高为“滞后”。',
    ruleStatus: (e: Evaluation) => {
      const t = e.summary.thresholds;
      return `${STATUS_LABELS.achieved.zh}：最新实际值已达到目标；${STATUS_LABELS.ahead.zh}：进度比 ≥ ${formatPercent(t.ahead, 0)}；${STATUS_LABELS['on-track'].zh}：${formatPercent(t.onTrack, 0)} ≤ 进度比 < ${formatPercent(t.ahead, 0)}；${STATUS_LABELS.behind.zh}：${formatPercent(t.behind, 0)} ≤ 进度比 < ${formatPercent(t.onTrack, 0)}；${STATUS_LABELS['far-behind'].zh}：进度比 < ${formatPercent(t.behind, 0)}。`;
    },
    ruleTau:
      '时间进度 τ = (t − t0)/(T − t0)；完成进度 P = (xt − x0)/(X − x0)；计划路径比 = xt ÷ x0·(1+r)^(t−t0)。',
    ruleEscap: (e: Evaluation) =>
      `ESCAP/联合国可持续发展目标进展比率 R = 实际年均增速 ÷ |规划所需年均增速|（目标为下降的指标取反号）：R ≥ ${formatPercent(e.summary.escapThresholds.onTrack, 0)} 为${ESCAP_LABELS['on-track'].zh}，${formatPercent(e.summary.escapThresholds.acceleration, 0)}–${formatPercent(e.summary.escapThresholds.onTrack, 0)} 为${ESCAP_LABELS['acceleration-needed'].zh}，0–${formatPercent(e.summary.escapThresholds.acceleration, 0)} 为${ESCAP_LABELS['limited-progress'].zh}，R < 0 为${ESCAP_LABELS.deterioration.zh}。`,
    ruleRemaining: '剩余年份所需增速 = (X/xt)^(1/(T−t)) − 1。',
    detail: '分目标评估',
    notes: '说明',
    missed: (ys: number[]) => `${ys.join('、')} 年未完成年度任务`,
  },
  en: {
    title: (t: string) => `${t}: mid-term evaluation`,
    meta: (e: Evaluation) =>
      `Data up to ${e.summary.asOf ?? '—'}; base year ${e.plan.baseYear}, target year ${e.plan.targetYear}. ` +
      (e.summary.paths > 0
        ? `P(met) from ${e.summary.paths} Monte Carlo paths (seed ${e.summary.seed}) re-anchored on the actuals.`
        : 'No Monte Carlo run.'),
    overview: 'Overview',
    status: 'Status',
    count: 'Targets',
    noData: 'no data',
    qualitative: (n: number) => `${n} qualitative targets are not evaluated quantitatively.`,
    rules: 'How the labels are set',
    rulePace:
      "Pace = progress made ÷ progress planned by the latest year. Indicators that grow at a rate are compared with the compound planned path x0·(1+r)^(t−t0) (a path exactly on the planned rate has pace 100%); others linearly (progress ÷ time elapsed); yearly quotas by cumulative flow ÷ cumulative quota, but a quota missed in any year caps the status at 'behind'.",
    ruleStatus: (e: Evaluation) => {
      const t = e.summary.thresholds;
      return `${STATUS_LABELS.achieved.en}: the latest actual already meets the target; ${STATUS_LABELS.ahead.en}: pace ≥ ${formatPercent(t.ahead, 0, 'en')}; ${STATUS_LABELS['on-track'].en}: ${formatPercent(t.onTrack, 0, 'en')} ≤ pace < ${formatPercent(t.ahead, 0, 'en')}; ${STATUS_LABELS.behind.en}: ${formatPercent(t.behind, 0, 'en')} ≤ pace < ${formatPercent(t.onTrack, 0, 'en')}; ${STATUS_LABELS['far-behind'].en}: pace < ${formatPercent(t.behind, 0, 'en')}.`;
    },
    ruleTau:
      'Time elapsed τ = (t − t0)/(T − t0); progress P = (xt − x0)/(X − x0); ratio to planned path = xt ÷ x0·(1+r)^(t−t0).',
    ruleEscap: (e: Evaluation) =>
      `ESCAP / Open-SDG ratio R = achieved CAGR ÷ |required CAGR| (sign flipped for downward targets): R ≥ ${formatPercent(e.summary.escapThresholds.onTrack, 0, 'en')} on track, ${formatPercent(e.summary.escapThresholds.acceleration, 0, 'en')}–${formatPercent(e.summary.escapThresholds.onTrack, 0, 'en')} acceleration needed, 0–${formatPercent(e.summary.escapThresholds.acceleration, 0, 'en')} limited progress, R < 0 deterioration.`,
    ruleRemaining: 'Growth needed in the remaining years = (X/xt)^(1/(T−t)) − 1.',
    detail: 'Targets',
    notes: 'Notes',
    missed: (ys: number[]) => `yearly quota missed in ${ys.join(', ')}`,
  },
};

function blocks(ev: Evaluation, lang: Lang): Block[] {
  const x = TEXT[lang];
  const title = lang === 'en' && ev.plan.title.en ? ev.plan.title.en : ev.plan.title.zh;
  const counts = ev.summary.counts;
  const statusRows = STATUS_ORDER.map((s) => [STATUS_LABELS[s][lang], String(counts[s])]);
  if (counts['no-data'] > 0) statusRows.push([x.noData, String(counts['no-data'])]);
  const out: Block[] = [
    { kind: 'h1', text: x.title(title) },
    { kind: 'p', text: x.meta(ev) },
    { kind: 'h2', text: x.overview },
    { kind: 'table', header: [x.status, x.count], rows: statusRows },
  ];
  if (ev.summary.qualitative > 0) out.push({ kind: 'p', text: x.qualitative(ev.summary.qualitative) });
  const { header, rows } = evaluationRows(ev, lang);
  out.push({ kind: 'h2', text: x.detail }, { kind: 'table', header, rows });
  const noData = noDataText(ev, lang);
  if (noData) out.push({ kind: 'p', text: noData });
  const notes = ev.targets
    .filter((t) => t.latest !== null && (t.note !== null || t.missedYears.length > 0))
    .map((t) => {
      const name = lang === 'en' && t.name.en ? t.name.en : t.name.zh;
      const parts = [t.missedYears.length > 0 ? x.missed(t.missedYears) : t.note].filter(Boolean);
      return `${name}（${statusText(t, lang)}）：${parts.join('; ')}`;
    });
  if (notes.length > 0) out.push({ kind: 'h2', text: x.notes }, { kind: 'list', items: notes });
  out.push(
    { kind: 'h2', text: x.rules },
    { kind: 'list', items: [x.ruleStatus(ev), x.rulePace, x.ruleTau, x.ruleEscap(ev), x.ruleRemaining] },
  );
  return out;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function toMarkdown(bs: Block[]): string {
  return bs
    .map((b) => {
      switch (b.kind) {
        case 'h1':
          return `# ${b.text}`;
        case 'h2':
          return `## ${b.text}`;
        case 'p':
          return b.text;
        case 'list':
          return b.items.map((i) => `- ${i}`).join('\n');
        default:
          return [
            `| ${b.header.map(mdCell).join(' | ')} |`,
            `|${b.header.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
            ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
          ].join('\n');
      }
    })
    .join('\n\n')
    .concat('\n');
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function toHtml(bs: Block[], lang: Lang): string {
  const title = bs.find((b) => b.kind === 'h1');
  const body = bs
    .map((b) => {
      switch (b.kind) {
        case 'h1':
        case 'h2':
          return `<${b.kind}>${esc(b.text)}</${b.kind}>`;
        case 'p':
          return `<p>${esc(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
        default:
          return `<table><thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(title && 'text' in title ? title.text : '')}</title>
<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f2f2f2; }
@media print { body { margin: 1cm; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function evaluationReport(
  ev: Evaluation,
  options: { format?: 'markdown' | 'html'; lang?: Lang } = {},
): string {
  const lang = options.lang ?? 'zh';
  const bs = blocks(ev, lang);
  return options.format === 'html' ? toHtml(bs, lang) : toMarkdown(bs);
}

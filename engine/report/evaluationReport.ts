// The printable mid-term evaluation report, in Markdown or a self-contained HTML page, Chinese by default.
// It states the rules that produced every label (status thresholds, the pace formula, the ESCAP ratio) so
// a reader can check each conclusion by hand.
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import { isFinalEvaluation } from '../evaluate/isFinalEvaluation.ts';
import { listedStatuses } from '../evaluate/listedStatuses.ts';
import { questionedCount } from '../evaluate/questionedCount.ts';
import { asOfNotes } from './asOfNotes.ts';
import { statusText, targetName } from './evaluationColumns.ts';
import { evaluationRows, noDataText } from './evaluationRows.ts';
import type { Lang } from './lang.ts';
import { render, renderMessage } from './messages/render.ts';
import { methodsText, statusLabel } from './rulesText.ts';

type Block =
  | { kind: 'h1' | 'h2' | 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

function blocks(ev: Evaluation, lang: Lang, thisYear: number | undefined): Block[] {
  const title = lang === 'en' && ev.plan.title.en ? ev.plan.title.en : ev.plan.title.zh;
  const counts = ev.summary.counts;
  const statusRows = listedStatuses(counts).map((s) => [statusLabel(s, lang), String(counts[s])]);
  const said = asOfNotes(ev, thisYear).map((m) => ({
    kind: 'p' as const,
    text: `${renderMessage(lang, m)}${lang === 'zh' ? '。' : '.'}`,
  }));
  const out: Block[] = [
    {
      kind: 'h1',
      text: render(lang, isFinalEvaluation(ev, thisYear) ? 'report.title.final' : 'report.title', {
        plan: title,
      }),
    },
    {
      kind: 'p',
      text: render(lang, 'report.meta', {
        asOf: ev.summary.asOf ?? '—',
        base: ev.plan.baseYear,
        target: ev.plan.targetYear,
      }),
    },
    ...said,
    { kind: 'h2', text: render(lang, 'report.overview') },
    { kind: 'table', header: [render(lang, 'col.status'), render(lang, 'report.count')], rows: statusRows },
  ];
  const questioned = questionedCount(ev);
  if (questioned > 0)
    out.push({
      kind: 'p',
      text: `${render(lang, 'eval.questionedCount', { n: questioned })}${lang === 'zh' ? '。' : '.'}`,
    });
  if (ev.summary.qualitative > 0)
    out.push({ kind: 'p', text: render(lang, 'report.qualitative', { n: ev.summary.qualitative }) });
  const { header, rows } = evaluationRows(ev, lang);
  out.push({ kind: 'h2', text: render(lang, 'report.detail') }, { kind: 'table', header, rows });
  const noData = noDataText(ev, lang);
  if (noData) out.push({ kind: 'p', text: noData });
  const notes = ev.targets
    // A running total broken by a blank year has no latest value, but its note says which year to enter.
    .filter((t) => (t.latest !== null || t.sumGap) && t.note !== null)
    .map((t) => `${targetName(t, lang)}（${statusText(t, lang)}）：${renderMessage(lang, t.note!)}`);
  if (notes.length > 0)
    out.push({ kind: 'h2', text: render(lang, 'report.notes') }, { kind: 'list', items: notes });
  out.push(
    { kind: 'h2', text: render(lang, 'report.rules') },
    { kind: 'list', items: methodsText(ev.summary, lang) },
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

/** `thisYear`: the reader's calendar year; past the target year the report is a final one (isFinalEvaluation). */
export function evaluationReport(
  ev: Evaluation,
  options: { format?: 'markdown' | 'html'; lang?: Lang; thisYear?: number } = {},
): string {
  const lang = options.lang ?? 'zh';
  const bs = blocks(ev, lang, options.thisYear);
  return options.format === 'html' ? toHtml(bs, lang) : toMarkdown(bs);
}

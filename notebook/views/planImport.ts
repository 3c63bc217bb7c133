// 新建/导入规划: the planner pastes the text of a plan, or drops the target table (CSV/.xlsx) or a plan file;
// reviews the drafted targets in an editable table beside the text, each figure highlighted; generates a
// plan and keeps it in the browser (IndexedDB), listed beside the embedded plan, exportable, opened with
// ?plan=user:<id>. The section is added by this module (one call from main.ts) and loaded lazily.
import './planImport.css';
import {
  type BaseFact,
  baseUnknownTargets,
  DEFAULT_MAX_BYTES,
  decodeText,
  type ExtractMessage,
  type ExtractOptions,
  type ExtractResult,
  extractMessage,
  extractTargets,
  type GenerateTarget,
  generatePlan,
  planTemplateCsv,
  planTemplateXlsx,
  readPlanTable,
  readPlanXlsx,
  refusesText,
  renderMessage,
  type TableIssue,
  tableIssueText,
} from '../../engine/index.ts';
import { type App, pushNotice } from '../app.ts';
import { loadShippedPlan } from '../client/shippedPlan.ts';
import { download, safeFileName } from '../export/download.ts';
import { gbkNote, parseJsonBytes } from '../format/parseJsonFile.ts';
import { savedPlanNotice } from '../format/savedPlanNotice.ts';
import { baseCellPlaceholder } from '../model/baseCellPlaceholder.ts';
import { baseCellUnit } from '../model/baseCellUnit.ts';
import { checkReviewBase } from '../model/checkReviewBase.ts';
import { printedBaseHint, printedLevelHint } from '../model/printedBaseHint.ts';
import { readBaseCell } from '../model/readBaseCell.ts';
import { reviewKindOf, setReviewKind } from '../model/reviewKind.ts';
import { REVIEW_OPTIONS, reviewOptionLabel } from '../model/reviewOptionLabel.ts';
import { unusedBaseNote } from '../model/unusedBaseNote.ts';
import { problemOf } from '../share/shareSync.ts';
import {
  clearImportDraft,
  loadImportDraft,
  saveImportDraft,
  stashImportDraft,
} from '../state/importDraft.ts';
import {
  deleteUserPlan,
  getUserPlan,
  listUserPlans,
  type StorageFailure,
  saveUserPlan,
  type UserPlanRecord,
  userPlanAddress,
  userPlanIdOf,
} from '../state/userPlans.ts';
import { fileButton } from './fileButton.ts';

type Lang = 'zh' | 'en';
const lang = (): Lang => (document.documentElement.lang.startsWith('en') ? 'en' : 'zh');
const tr = (zh: string, en: string) => (lang() === 'zh' ? zh : en);

/** One row of the review table: a drafted target and whether the planner keeps it. */
interface Row {
  target: GenerateTarget & { offset: number | null };
  accepted: boolean;
  /** The target as the source read it (readKey), before the planner's edits: how a row is found again when
   * the source is read anew, so its edits are kept. */
  read?: string;
}

/** A rate's row (年均增长15%): its base is the level the rate grows, typed with that level's unit. */
function isRateRow(t: Row['target']): boolean {
  return t.kind === 'growth' || t.kind === 'cumulative-growth';
}

/** A target as read, without where in the text it stands (an edit above it moves every offset). */
function readKey(target: Row['target']): string {
  return JSON.stringify({ ...target, offset: null });
}

/** The planner changed the row: unticked it, or edited a field. */
function editedRow(r: Row): boolean {
  return !r.accepted || (r.read !== undefined && readKey(r.target) !== r.read);
}

/** What the section re-labels when the page's language changes (see mountPlanImport). */
const relabels: (() => void)[] = [];

/** A text node that follows the page's language. */
function L(zh: string, en: string): Text {
  const node = document.createTextNode('');
  const set = () => {
    node.data = tr(zh, en);
  };
  set();
  relabels.push(set);
  return node;
}

/** An attribute value that follows the page's language (h sets it and re-sets it on a switch). */
const La =
  (zh: string, en: string): (() => string) =>
  () =>
    tr(zh, en);

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | (() => string)>> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'function') {
      const set = () => el.setAttribute(k, v());
      set();
      relabels.push(set);
    } else if (v !== undefined) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

/** The extractor's message in the engine's words (the CLI prints the same); an oversize text adds that what
 *  was pasted stays in the box. */
function extractText(m: ExtractMessage): string {
  const text = renderMessage(lang(), extractMessage(m));
  return m.code === 'text-too-large' || m.code === 'too-many-targets'
    ? `${text}${tr('已输入的内容未被清除。', ' Nothing you entered was cleared.')}`
    : text;
}

function storageMessage(f: StorageFailure): string {
  return tr(
    `浏览器拒绝了本地存储（${f.detail}）：规划未保存。请用“导出规划文件”下载保存，或换用允许存储的浏览器窗口（非无痕模式）。`,
    `The browser refused local storage (${f.detail}): the plan was not saved. Export the plan file instead, or use a window that allows storage (not private mode).`,
  );
}

/** A fact as the text states it, briefly: 规模以上工业企业 240家（2025年）. */
function factExample(f: BaseFact): string {
  return `${f.name} ${f.figure}${f.year === null ? '' : `（${f.year}年）`}`;
}

function valueText(v: GenerateTarget['value']): string {
  if (v === null) return '';
  return Array.isArray(v) ? `${v[0]}-${v[1]}` : String(v);
}

/** The value cell as typed: 12, 3-5, 3～5; null when it is not one. */
function parseValue(text: string): GenerateTarget['value'] | 'bad' {
  const t = text.trim().replace(/[～~–—至]/g, '-');
  if (t === '') return null;
  const range = /^(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (range) return [Number(range[1]), Number(range[2])];
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
}

/** Adds the section and its nav link, and fills it; `currentUserId` names the user plan on screen, if any. */
export function mountPlanImport(app: App, currentUserId: string | null): void {
  const current = app.plan;
  if (currentUserId !== null) {
    // A link to this page opens this plan only in this browser: say so, and offer the file to send with it.
    pushNotice(app, {
      id: 'user-plan-share',
      kind: 'info',
      text: (l) =>
        l === 'zh'
          ? `当前打开的是保存在本浏览器中的自建规划“${current.meta.title.zh}”。分享链接时，对方还需要这份规划文件：请一并发送。`
          : `This is your own plan "${current.meta.title.zh}", kept in this browser. A shared link works for a colleague only with the plan file: send it too.`,
      actions: [
        {
          label: (l) => (l === 'zh' ? '导出规划文件' : 'Export plan file'),
          run: () => {
            void getUserPlan(currentUserId).then((r) => {
              if (r.ok && r.value) {
                download(
                  `${safeFileName(r.value.title)}.plan.json`,
                  `${JSON.stringify(r.value.plan, null, 2)}\n`,
                  'application/json',
                );
              }
            });
          },
        },
      ],
    });
  }
  const main = document.getElementById('main') ?? document.body;
  const section = h('section', { id: 'import', 'aria-labelledby': 'import-title', class: 'plan-import' });
  main.append(section);
  const nav = document.querySelector('nav.sections');
  nav?.append(h('a', { href: '#import', 'data-nav': 'import' }, L('新建/导入规划', 'New / import plan')));

  let rows: Row[] = [];
  let sourceText = '';
  let origin: UserPlanRecord['origin'] = 'text';
  let targetYear: number | null = null;
  let facts: BaseFact[] = [];

  const messages = h('div', { class: 'pi-messages', role: 'status', 'aria-live': 'polite' });
  const say = (kind: 'error' | 'warning' | 'info', text: string) =>
    messages.append(h('div', { class: `notice notice-${kind}`, 'data-kind': kind }, text));

  // The plans: the embedded one and the user's.
  const planList = h('ul', { class: 'pi-plans', 'data-cell': 'user-plans' });
  async function refreshList(): Promise<void> {
    // With a plan of the user's open, the embedded plan's own title (it read the open plan's).
    const title = currentUserId === null ? current.meta.title : (await loadShippedPlan())?.plan.meta.title;
    const embedded = h(
      'li',
      {},
      h('span', { class: 'badge' }, tr('内置', 'embedded')),
      ` ${title ? (lang() === 'en' && title.en ? title.en : title.zh) : tr('内置规划', 'the embedded plan')} `,
      currentUserId === null
        ? h('span', { class: 'muted' }, tr('（当前）', '(open)'))
        : h('a', { href: location.pathname }, tr('打开', 'Open')),
    );
    const listed = await listUserPlans();
    planList.replaceChildren(embedded);
    if (!listed.ok) {
      planList.append(h('li', { class: 'field-error' }, storageMessage(listed)));
      return;
    }
    for (const rec of listed.value) {
      const open = h(
        'a',
        { href: `${location.pathname}${userPlanAddress(rec.id)}`, 'data-action': 'open' },
        tr('打开运行', 'Open and run'),
      );
      const exportBtn = h(
        'button',
        { class: 'small', type: 'button' },
        tr('导出规划文件', 'Export plan file'),
      );
      exportBtn.addEventListener('click', () =>
        download(
          `${safeFileName(rec.title)}.plan.json`,
          `${JSON.stringify(rec.plan, null, 2)}\n`,
          'application/json',
        ),
      );
      const remove = h('button', { class: 'small', type: 'button' }, tr('删除', 'Delete'));
      remove.addEventListener('click', async () => {
        if (
          !confirm(
            tr(
              `删除“${rec.title}”？此操作不能撤销（可先导出）。`,
              `Delete "${rec.title}"? This cannot be undone (export it first).`,
            ),
          )
        )
          return;
        const r = await deleteUserPlan(rec.id);
        if (!r.ok) say('error', storageMessage(r));
        await refreshList();
      });
      planList.append(
        h(
          'li',
          { 'data-user-plan': rec.id },
          h('span', { class: 'badge' }, tr('自建', 'mine')),
          ` ${rec.title} `,
          h(
            'span',
            { class: 'muted' },
            `${rec.saved.slice(0, 16).replace('T', ' ')}${rec.pending ? tr(`，${rec.pending} 项基期待补`, `, ${rec.pending} awaiting a base`) : ''} `,
          ),
          rec.id === currentUserId ? h('span', { class: 'muted' }, tr('（当前）', '(open)')) : open,
          ' ',
          exportBtn,
          ' ',
          remove,
        ),
      );
    }
  }

  // Input: paste or drop.
  const textarea = h('textarea', {
    class: 'pi-text',
    rows: '10',
    'aria-label': La('规划文本', 'plan text'),
    placeholder: La(
      '在此粘贴规划全文或“发展目标”一节；也可把目标表（CSV/Excel）或规划文件（.plan.json）拖到这里。',
      'Paste the plan (or its 发展目标 section) here, or drop the target table (CSV/Excel) or a plan file (.plan.json).',
    ),
  });
  const yearInput = h('input', {
    type: 'number',
    min: '1990',
    max: '2100',
    class: 'pi-year',
    'aria-label': La('目标年', 'target year'),
    placeholder: La('自动', 'auto'),
  });
  const filePicker = fileButton(L('选择文件…', 'Choose a file…'), { accept: '.txt,.csv,.tsv,.xlsx,.json' });
  const fileInput = filePicker.input;
  const readBtn = h(
    'button',
    { class: 'primary', type: 'button', 'data-action': 'extract' },
    L('识别目标', 'Find targets'),
  );
  const templateCsv = h(
    'button',
    { class: 'small', type: 'button' },
    L('下载目标表模板（CSV）', 'Template (CSV)'),
  );
  const templateXlsx = h(
    'button',
    { class: 'small', type: 'button' },
    L('下载目标表模板（Excel）', 'Template (Excel)'),
  );

  // Review: the text with figures highlighted, beside the table.
  const textView = h('div', { class: 'pi-source', 'data-cell': 'import-source' });
  const tableBody = h('tbody');
  const table = h(
    'table',
    { class: 'pi-table', 'data-cell': 'import-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          L('采用', 'keep'),
          L('指标', 'indicator'),
          L('原文', 'as printed'),
          L('目标值', 'value'),
          L('单位', 'unit'),
          L('比较', 'comparator'),
          L('类型', 'kind'),
          L('年份', 'year'),
          L('基期值', 'base'),
          L('力争', 'aspirational (力争)'),
          L('属性', 'nature'),
        ].map((x) => h('th', {}, x)),
      ),
    ),
    tableBody,
  );
  const titleInput = h('input', {
    type: 'text',
    class: 'pi-title',
    'aria-label': La('规划名称', 'plan title'),
    placeholder: La('规划名称', 'plan title'),
  });
  const saveBtn = h(
    'button',
    { class: 'primary', type: 'button', 'data-action': 'generate', disabled: '' },
    L('生成规划并保存', 'Generate and save'),
  );
  const summary = h('span', { class: 'muted pi-summary' });
  const review = h(
    'div',
    { class: 'pi-review', hidden: '' },
    h('div', { class: 'pi-columns' }, textView, h('div', { class: 'table-wrap' }, table)),
    h('div', { class: 'pi-actions' }, titleInput, ' ', saveBtn, ' ', summary),
  );

  section.append(
    h('h2', { id: 'import-title' }, L('新建/导入规划', 'New / import a plan')),
    h(
      'p',
      { class: 'intro' },
      L(
        '粘贴规划文本，或导入目标表、规划文件。识别出的目标逐条核对（可修改、取消采用、补基期值）后生成规划。未给基期值的目标标为“基期待补”，不会用目标倒推基期。规划保存在本浏览器中。',
        'Paste a plan, or import a target table or a plan file. Check each drafted target (edit, drop, add a base), then generate. Targets without a base are marked “to be entered” (基期待补); no base is solved back from its target. Plans are kept in this browser.',
      ),
    ),
    h('h3', {}, L('规划列表', 'Plans')),
    planList,
    h('h3', {}, L('导入', 'Import')),
    textarea,
    h(
      'div',
      { class: 'pi-inputs' },
      readBtn,
      ' ',
      h('label', {}, L('目标年 ', 'target year '), yearInput),
      ' ',
      filePicker.element,
      ' ',
      templateCsv,
      ' ',
      templateXlsx,
    ),
    messages,
    review,
  );

  function renderSource(): void {
    // Marks in offset order; figures never overlap (each is one number and its unit).
    const marks = rows
      .map((r, k) => ({ k, offset: r.target.offset, length: r.target.figure.length }))
      .filter((m): m is { k: number; offset: number; length: number } => m.offset !== null)
      .sort((a, b) => a.offset - b.offset);
    const nodes: Node[] = [];
    let at = 0;
    for (const m of marks) {
      if (m.offset < at) continue;
      nodes.push(document.createTextNode(sourceText.slice(at, m.offset)));
      const mark = h(
        'mark',
        { 'data-k': String(m.k), class: rows[m.k]!.accepted ? '' : 'rejected', tabindex: '0' },
        sourceText.slice(m.offset, m.offset + m.length),
      );
      mark.addEventListener('click', () => focusRow(m.k));
      nodes.push(mark);
      at = m.offset + m.length;
    }
    nodes.push(document.createTextNode(sourceText.slice(at)));
    textView.replaceChildren(...nodes);
    textView.hidden = sourceText === '';
  }

  function focusRow(k: number): void {
    const tr_ = tableBody.querySelector<HTMLTableRowElement>(`tr[data-k="${k}"]`);
    tr_?.scrollIntoView({ block: 'nearest' });
    tr_?.querySelector('input')?.focus();
    highlight(k);
  }

  function highlight(k: number): void {
    for (const el of section.querySelectorAll('.pi-current')) el.classList.remove('pi-current');
    const mark = textView.querySelector(`mark[data-k="${k}"]`);
    mark?.classList.add('pi-current');
    mark?.scrollIntoView({ block: 'nearest' });
    tableBody.querySelector(`tr[data-k="${k}"]`)?.classList.add('pi-current');
  }

  function renderTable(): void {
    tableBody.replaceChildren(
      ...rows.map((row, k) => {
        const t = row.target;
        const keep = h('input', { type: 'checkbox', 'aria-label': tr('采用', 'keep') });
        keep.checked = row.accepted;
        keep.addEventListener('change', () => {
          row.accepted = keep.checked;
          tr_.classList.toggle('rejected', !row.accepted);
          textView.querySelector(`mark[data-k="${k}"]`)?.classList.toggle('rejected', !row.accepted);
          updateSummary();
        });
        // A setter says whether the entry reads, or why not (a sentence shown on the field and on saving), or
        // that it is kept with a question (`note`, shown on the field: a base 30 times off its row's target).
        type Set = (v: string) => boolean | string | { note: string };
        const text = (value: string, set: Set, cls = '') => {
          const input = h('input', { type: 'text', value, class: cls });
          const kept = (read: ReturnType<Set>) => read === true || typeof read === 'object';
          // Kept as it is typed, not only once the cell is left: a base typed and the page reloaded before a Tab
          // had come back as the old value, without a word (赵工). An entry that does not read yet is judged
          // when the cell is left.
          input.addEventListener('input', () => {
            if (kept(set(input.value))) scheduleDraftSave();
          });
          input.addEventListener('change', () => {
            const read = set(input.value);
            const ok = kept(read);
            input.classList.toggle('field-error', !ok);
            input.classList.toggle('field-note', typeof read === 'object');
            input.title =
              typeof read === 'object'
                ? read.note
                : ok
                  ? ''
                  : read === false
                    ? tr('无法识别，请检查', 'not understood: please check')
                    : read;
            if (ok) delete input.dataset.reason;
            else if (typeof read === 'string') input.dataset.reason = read;
            updateSummary();
          });
          return input;
        };
        // The option values are what is saved; the words follow the page's language (renderTable re-runs on a switch).
        const select = <F extends keyof typeof REVIEW_OPTIONS>(
          field: F,
          value: (typeof REVIEW_OPTIONS)[F][number],
          set: (v: (typeof REVIEW_OPTIONS)[F][number]) => void,
        ) => {
          const s = h('select', {});
          for (const o of REVIEW_OPTIONS[field])
            s.append(h('option', { value: o }, reviewOptionLabel(field, o, lang())));
          s.value = value;
          s.addEventListener('change', () => set(s.value as (typeof REVIEW_OPTIONS)[F][number]));
          return s;
        };
        const asp = h('input', { type: 'checkbox', 'aria-label': tr('力争', 'aspirational (力争)') });
        asp.checked = t.aspirational;
        asp.addEventListener('change', () => {
          t.aspirational = asp.checked;
        });
        const tr_ = h(
          'tr',
          { 'data-k': String(k), class: row.accepted ? '' : 'rejected' },
          h('td', {}, keep),
          h(
            'td',
            {},
            text(
              t.name,
              (v) => {
                t.name = v.trim();
                return t.name !== '';
              },
              'pi-name',
            ),
          ),
          h('td', { class: 'mono' }, t.figure),
          h(
            'td',
            {},
            text(
              valueText(t.value),
              (v) => {
                const parsed = parseValue(v);
                if (parsed === 'bad') return false;
                // Changed here, so `entered`: the plan's printed figure no longer says what is judged.
                if (valueText(parsed) !== valueText(t.value)) t.valueEntered = true;
                t.value = parsed;
                if (Array.isArray(parsed)) t.comparator = 'range';
                return true;
              },
              'pi-num',
            ),
          ),
          h(
            'td',
            {},
            text(
              t.unit,
              (v) => {
                t.unit = v.trim();
                return true;
              },
              'pi-unit',
            ),
          ),
          h(
            'td',
            {},
            select('comparator', t.comparator, (v) => (t.comparator = v)),
          ),
          h(
            'td',
            {},
            select('kind', reviewKindOf(t), (v) => setReviewKind(t, v)),
          ),
          h(
            'td',
            {},
            text(
              t.year === null ? '' : String(t.year),
              (v) => {
                if (v.trim() === '') {
                  t.year = null;
                  return true;
                }
                const y = Number(v);
                if (!Number.isInteger(y) || y < 1990 || y > 2100) return false;
                t.year = y;
                return true;
              },
              'pi-num',
            ),
          ),
          h(
            'td',
            { 'data-base-cell': String(k) },
            text(
              t.base === null ? '' : `${t.base}${t.baseUnit ?? ''}`,
              (v) => {
                const read = readBaseCell(v, baseCellUnit(t), isRateRow(t));
                if (!read.ok)
                  return read.problem === 'unit'
                    ? isRateRow(t)
                      ? tr(
                          '按增速或降幅（%）给出目标的行，基期值写指标本身的基期水平，并带上它的单位',
                          'a row whose target is a rate (%) takes the indicator’s own base level, with its unit',
                        )
                      : t.kind === 'pp-change'
                        ? tr(
                            '提高百分点的行，基期值写比重本身，如“68.5”或“68.5%”',
                            'a change in points takes the share itself as its base, e.g. 68.5 or 68.5%',
                          )
                        : tr(`单位不能换算为“${t.unit}”`, `the unit does not convert to ${t.unit}`)
                    : read.reason
                      ? renderMessage(lang(), read.reason)
                      : false;
                // Checked against the row's target as 录入基期 checks a base: refused with what was probably
                // meant (6500 for 累计3万人, 0.668 for 72%), or kept with the question.
                const { baseUnit: _, ...rest } = t;
                const check = checkReviewBase(
                  { ...rest, base: read.base, ...(read.unit ? { baseUnit: read.unit } : {}) },
                  v,
                  { facts, targetYear },
                  lang(),
                );
                if (!check.kept) return check.text;
                // Typed here, so `entered`: a base read from the text keeps its printed provenance.
                if (read.base !== null && (read.base !== t.base || read.unit !== t.baseUnit))
                  t.baseEntered = true;
                t.base = read.base;
                if (read.unit) t.baseUnit = read.unit;
                else delete t.baseUnit;
                return check.question === null ? true : { note: check.question };
              },
              'pi-num',
            ),
          ),
          h('td', {}, asp),
          // 约束性 or 预期性 as the table says (or the planner sets): a target's verdict carries it.
          h(
            'td',
            {},
            select('nature', t.nature ?? 'none', (v) => (t.nature = v === 'none' ? null : v)),
          ),
        );
        tr_.addEventListener('focusin', () => highlight(k));
        return tr_;
      }),
    );
  }

  /**
   * A row left blank whose indicator takes its base from a fact the text prints (截至2025年底…412家) shows that
   * base greyed in its field: the summary counts it as having one, and the planner sees which.
   */
  function showPrintedBases(plan: ReturnType<typeof generatePlan>['plan'], kept: Row[]): void {
    kept.forEach((r, j) => {
      const input = table.querySelector<HTMLInputElement>(`[data-base-cell="${rows.indexOf(r)}"] input`);
      if (!input) return;
      const id = `t_${String(j + 1).padStart(2, '0')}`;
      const printed =
        r.target.base !== null
          ? null
          : isRateRow(r.target)
            ? printedLevelHint(plan, id)
            : printedBaseHint(plan, id, baseCellUnit(r.target));
      // A rate's row takes its base with a unit: the placeholder says so, naming no unit the row does not give.
      input.placeholder = baseCellPlaceholder(printed, isRateRow(r.target), baseCellUnit(r.target), lang());
    });
  }

  function updateSummary(): void {
    const kept = rows.filter((r) => r.accepted);
    // Counted as generating would find it (a few milliseconds for a draft): a base-year fact of the text gives
    // a base too, and a rate or a growth over the period needs none.
    // The base year too: the text's dated facts set it (an annual plan's is the year before its targets).
    const plan =
      kept.length === 0
        ? null
        : generatePlan(
            kept.map((r) => r.target),
            { facts, ...(targetYear === null ? {} : { targetYear }) },
          ).plan;
    const unknown = plan === null ? [] : baseUnknownTargets(plan);
    const waiting = unknown.length;
    if (plan) showPrintedBases(plan, kept);
    const baseYear =
      plan === null ? '' : tr(`基期 ${plan.meta.baseYear} 年；`, `base year ${plan.meta.baseYear}; `);
    // A row whose base was given but still waits for one says why, not only counts it among those without.
    const unused = kept.flatMap((r, j) => {
      const id = `t_${String(j + 1).padStart(2, '0')}`;
      if (plan === null || r.target.base === null || !unknown.includes(id)) return [];
      const why =
        unusedBaseNote(plan, id, lang()) ??
        tr('它由其他待补基期的指标算出', 'it is computed from indicators that still await a base');
      return [
        tr(
          `第 ${rows.indexOf(r) + 1} 行的基期值未采用：${why}`,
          `row ${rows.indexOf(r) + 1}: the base given is not used: ${why}`,
        ),
      ];
    });
    summary.textContent =
      tr(
        `采用 ${kept.length}/${rows.length} 项；${baseYear}其中 ${waiting} 项没有基期值（将标为“基期待补”）`,
        `${kept.length}/${rows.length} kept; ${baseYear}${waiting} without a base (will be marked 基期待补)`,
      ) + unused.map((u) => tr(`。${u}`, `. ${u}`)).join('');
    saveBtn.toggleAttribute('disabled', kept.length === 0);
  }

  // The draft (text and reviewed rows) is kept across reloads; a huge paste is not (it is refused anyway).
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  function draftNow() {
    const text = textarea.value.length <= 2_500_000 ? textarea.value : '';
    return { text, sourceText, rows, origin, targetYear, facts, title: titleInput.value };
  }
  function saveDraftNow(): void {
    clearTimeout(draftTimer);
    draftTimer = undefined;
    void saveImportDraft(draftNow());
  }
  function scheduleDraftSave(): void {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraftNow, 400);
  }
  // A reload or a closed tab within the pause before the save: saved on the way out.
  window.addEventListener('pagehide', () => {
    if (draftTimer === undefined) return;
    clearTimeout(draftTimer);
    draftTimer = undefined;
    stashImportDraft(draftNow());
  });

  async function restoreDraft(): Promise<void> {
    const d = (await loadImportDraft()) as
      | {
          text?: string;
          sourceText?: string;
          rows?: Row[];
          origin?: UserPlanRecord['origin'];
          targetYear?: number | null;
          facts?: BaseFact[];
          title?: string;
        }
      | undefined;
    if (!d || typeof d !== 'object' || (!d.text && !(d.rows && d.rows.length > 0))) return;
    if (textarea.value !== '' || rows.length > 0) return;
    textarea.value = d.text ?? '';
    titleInput.value = d.title ?? '';
    origin = d.origin ?? 'text';
    targetYear = d.targetYear ?? null;
    facts = Array.isArray(d.facts) ? d.facts : [];
    if (Array.isArray(d.rows) && d.rows.length > 0) {
      showDraft(
        d.rows.map((r) => r.target),
        d.sourceText ?? '',
      );
      d.rows.forEach((r, k) => {
        rows[k]!.accepted = r.accepted !== false;
        if (typeof r.read === 'string') rows[k]!.read = r.read;
      });
      renderSource();
      renderTable();
      updateSummary();
    }
    say('info', tr('已恢复上次未完成的导入草稿。', 'The unfinished import draft was restored.'));
  }

  // The name last offered from a source: replaced by the next source's, unless the planner typed her own.
  let offeredTitle = '';

  /** Names the edited rows a new reading has no row for, with a button back to the review they were in. */
  function sayEditsDropped(
    dropped: Row[],
    before: {
      rows: Row[];
      sourceText: string;
      origin: typeof origin;
      targetYear: number | null;
      facts: BaseFact[];
    },
  ): void {
    const names = dropped.map((r) => `“${r.target.name}”`).join(tr('、', ', '));
    // Nothing edited, but a review of other targets replaced (a tester's targets.xlsx review, replaced by a table
    // of actuals dropped on the box with no way back): said, with the same way back.
    const note =
      dropped.length > 0
        ? h(
            'div',
            { class: 'notice notice-warning', 'data-kind': 'warning', 'data-notice': 'edits-dropped' },
            tr(
              `新的识别结果中找不到上次修改过的 ${dropped.length} 行（${names}），这些修改未沿用。`,
              `The new reading has no row for ${dropped.length} rows you had changed (${names}); those changes were not carried over.`,
            ),
          )
        : h(
            'div',
            { class: 'notice', 'data-kind': 'info', 'data-notice': 'review-replaced' },
            tr(
              `审阅结果已换为新读入的内容（上一份审阅有 ${before.rows.length} 项）。`,
              `The review now shows what was just read (the previous review had ${before.rows.length} rows).`,
            ),
          );
    const back = h(
      'button',
      { type: 'button', class: 'small' },
      L('恢复上次的审阅结果', 'Restore the previous review'),
    );
    back.addEventListener('click', () => {
      ({ rows, sourceText, origin, targetYear, facts } = before);
      review.hidden = rows.length === 0;
      renderSource();
      renderTable();
      updateSummary();
      scheduleDraftSave();
      note.remove();
    });
    note.append(' ', back);
    messages.append(note);
  }
  /** The source's own name (its first line, or the row above a table's header) as the plan's name. */
  function offerTitle(title: string | undefined): void {
    const typed = titleInput.value.trim();
    if (title === undefined || (typed !== '' && typed !== offeredTitle)) return;
    titleInput.value = title;
    offeredTitle = title;
    scheduleDraftSave();
  }

  /**
   * Shows a source's targets for review. Rows the planner edited keep their edits where the new source reads
   * the same target; edits with no row to go to are named, with a way back to the review as it was: reading
   * the text again after one corrected word had dropped every unticked row and typed base (何工).
   */
  function showDraft(targets: Row['target'][], text: string): void {
    const before = { rows, sourceText, origin, targetYear, facts };
    const edited = new Map(rows.filter(editedRow).map((r) => [r.read, r]));
    rows = targets.map((target) => {
      const read = readKey(target);
      const old = edited.get(read);
      if (!old) return { target, accepted: true, read };
      edited.delete(read);
      return { target: { ...old.target, offset: target.offset }, accepted: old.accepted, read };
    });
    if (edited.size > 0) sayEditsDropped([...edited.values()], before);
    else if (before.rows.length > 0 && !before.rows.every((r) => rows.some((x) => x.read === r.read)))
      sayEditsDropped([], before);
    sourceText = text;
    review.hidden = rows.length === 0;
    renderSource();
    renderTable();
    updateSummary();
    scheduleDraftSave();
  }

  /** Off the main thread in the engine worker; in the page only if the worker is down. */
  async function extractOffMain(text: string, options: ExtractOptions): Promise<ExtractResult> {
    // Refused at once without reading (empty, or over the limit whatever its encoding): no need to copy a
    // huge paste to the worker, nor to wait behind a run there.
    if (text.length > DEFAULT_MAX_BYTES || text.trim() === '') return extractTargets(text, options);
    try {
      return await app.engine.extract(text, options);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      return extractTargets(text, options);
    }
  }

  let reading = 0;
  async function readText(): Promise<void> {
    messages.replaceChildren();
    const year = yearInput.value.trim() === '' ? undefined : Number(yearInput.value);
    const ticket = ++reading;
    readBtn.setAttribute('aria-busy', 'true');
    let result: ExtractResult;
    try {
      result = await extractOffMain(textarea.value, year === undefined ? {} : { targetYear: year });
    } finally {
      if (ticket === reading) readBtn.removeAttribute('aria-busy');
    }
    if (ticket !== reading) return; // a later click superseded this one
    for (const m of result.messages)
      say(
        m.code === 'no-targets' || (m.code === 'table-issue' && m.issue.severity !== 'error')
          ? 'warning'
          : 'error',
        extractText(m),
      );
    if (result.messages.some(refusesText)) return;
    // Nothing found: the review on screen stays as it is (the message above says why).
    if (result.targets.length === 0 && rows.length > 0) return;
    origin = 'text';
    targetYear = result.targetYear;
    facts = result.baseFacts;
    if (result.baseFacts.length > 0) {
      say(
        'info',
        // The example is one of this text's own facts, not a year the text never names.
        tr(
          `另有 ${result.baseFacts.length} 项基期事实（如“${factExample(result.baseFacts[0]!)}”）不作为目标；基期年的事实作为同名指标的基期值（见基期值一栏的灰色提示）。`,
          `${result.baseFacts.length} base facts (such as “${factExample(result.baseFacts[0]!)}”) are not targets; those of the base year become the base of the indicator they name (shown greyed in the base column).`,
        ),
      );
    }
    showDraft(
      result.targets.map((t) => ({ ...t })),
      textarea.value,
    );
    offerTitle(result.title);
  }

  async function readFile(file: File): Promise<void> {
    messages.replaceChildren();
    const name = file.name.toLowerCase();
    if (file.size > 10 * 1024 * 1024) {
      say(
        'error',
        tr(
          `文件“${file.name}”过大（${(file.size / 1048576).toFixed(1)} MB）。`,
          `"${file.name}" is too large (${(file.size / 1048576).toFixed(1)} MB).`,
        ),
      );
      return;
    }
    if (name.endsWith('.json')) {
      // Checked here for shape only; the engine validates it fully when it is opened (and says what is wrong).
      const parsed = parseJsonBytes(new Uint8Array(await file.arrayBuffer()));
      if (!parsed.ok) {
        say(
          'error',
          tr(`无法导入“${file.name}”：`, `Cannot import "${file.name}": `) + parsed.problem(lang()),
        );
        return;
      }
      const json = parsed.value as { format?: unknown; meta?: { title?: { zh?: unknown } } };
      if (json?.format !== 'planpath/plan@1' || typeof json.meta?.title?.zh !== 'string') {
        say(
          'error',
          tr(
            `“${file.name}”不是 planpath 规划文件（format 应为 planpath/plan@1）。`,
            `"${file.name}" is not a planpath plan file (format must be planpath/plan@1).`,
          ),
        );
        return;
      }
      // Validated as opening it would validate it, before it is kept: a file with a formula `constructor` (or a
      // base year 3000) had been saved, and opening it led to a page with no way back.
      try {
        await app.engine.validatePlan(json, file.name);
      } catch (error) {
        say(
          'error',
          tr(`无法导入“${file.name}”：`, `Cannot import "${file.name}": `) + problemOf(error)(lang()),
        );
        return;
      }
      await store({
        id: userPlanIdOf(json),
        title: json.meta.title.zh,
        saved: new Date().toISOString(),
        plan: json,
        origin: 'plan-file',
      });
      if (parsed.gbk) say('info', gbkNote(file.name, lang()));
      return;
    }
    if (name.endsWith('.xlsx') || name.endsWith('.csv') || name.endsWith('.tsv')) {
      // Named imports, not import('engine/index.ts'): a namespace import of the engine's barrel kept every
      // export (mathjs with it) in the chunk the page's main script loads first.
      const result = name.endsWith('.xlsx')
        ? await readPlanXlsx(new Uint8Array(await file.arrayBuffer()))
        : readPlanTable(await textOf(file));
      for (const issue of result.issues) {
        say(issue.severity, `${file.name}：${tableIssueText(issue as TableIssue, lang())}`);
      }
      // An empty or unreadable table leaves the review on screen as it is (an empty workbook had hidden it).
      if (result.targets.length === 0 && rows.length > 0) {
        say('info', tr('当前的审阅结果保持不变。', 'The review on screen is kept as it is.'));
        return;
      }
      origin = 'table';
      targetYear = null;
      // A rate-only row's base level (居民人均可支配收入 62800 元 beside 年均增长5.5): the indicator's base, as a text's fact.
      facts = result.baseFacts ?? [];
      showDraft(
        result.targets.map((t) => ({ ...t, offset: null })),
        '',
      );
      offerTitle(result.title);
      // How many rows the problems above kept out, beside how many were read: a count of 0 was never shown.
      const refused = new Set(
        result.issues.filter((i) => i.severity === 'error' && i.row !== null).map((i) => i.row),
      ).size;
      if (result.targets.length === 0)
        say(
          'warning',
          refused > 0
            ? tr(
                `表中没有读取到目标：${refused} 行未读取，请按上面的提示修改后重新导入。`,
                `No target was read: ${refused} rows were not, for the reasons above; correct them and import again.`,
              )
            : tr('表中没有可导入的目标行。', 'The table has no target rows to import.'),
        );
      else if (refused > 0)
        say(
          'warning',
          tr(
            `已读取 ${result.targets.length} 项目标；另有 ${refused} 行未读取，见上面的提示。`,
            `${result.targets.length} targets read; ${refused} more rows were not, for the reasons above.`,
          ),
        );
      return;
    }
    // Anything else is read as text (reading clears the messages: the encoding's note follows it).
    const decoded = await decodedFile(file);
    textarea.value = decoded.text;
    await readText();
    if (decoded.note) say('info', decoded.note);
  }

  /** The file's text in whatever encoding it was saved (decodeText), and a note when it was not UTF-8. */
  async function decodedFile(file: File): Promise<{ text: string; note: string | null }> {
    const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
    const note =
      encoding === 'gb18030'
        ? tr(
            `${file.name} 不是 UTF-8 编码，已按 GBK（GB18030）读取；如有乱码，请在 Excel 中另存为“CSV UTF-8”后重新导入。`,
            `${file.name} is not UTF-8; it was read as GBK (GB18030). If any text looks garbled, save it from Excel as "CSV UTF-8" and import it again.`,
          )
        : null;
    return { text, note };
  }

  async function textOf(file: File): Promise<string> {
    const { text, note } = await decodedFile(file);
    if (note) say('info', note);
    return text;
  }

  async function store(record: UserPlanRecord): Promise<boolean> {
    const saved = await saveUserPlan(record);
    if (!saved.ok) {
      say('error', storageMessage(saved));
      const exportNow = h(
        'button',
        { class: 'small', type: 'button' },
        tr('导出规划文件', 'Export plan file'),
      );
      exportNow.addEventListener('click', () =>
        download(
          `${safeFileName(record.title)}.plan.json`,
          `${JSON.stringify(record.plan, null, 2)}\n`,
          'application/json',
        ),
      );
      messages.append(exportNow);
      return false;
    }
    await refreshList();
    // One sentence with its link, in one flowing span: as the notice's flex items, the parts stood apart.
    const said = savedPlanNotice(record.title, lang());
    const open = h(
      'a',
      { href: `${location.pathname}${userPlanAddress(record.id)}`, 'data-action': 'open-saved' },
      said.link,
    );
    messages.append(
      h(
        'div',
        { class: 'notice notice-info', 'data-kind': 'info' },
        h('span', { class: 'text' }, said.before, open, said.after),
      ),
    );
    return true;
  }

  /** Review fields the planner typed that do not read (两千, 3l8, 20300), on rows kept: "第 3 行“目标值”：“两千”". */
  function unreadEdits(): string[] {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...tableBody.querySelectorAll<HTMLInputElement>('input.field-error')].flatMap((input) => {
      const row = input.closest('tr');
      const k = row ? [...tableBody.children].indexOf(row) : -1;
      if (!row || !rows[k]?.accepted) return [];
      const field = heads[[...row.children].indexOf(input.closest('td')!)] ?? '';
      const why = input.dataset.reason ? tr(`（${input.dataset.reason}）`, ` (${input.dataset.reason})`) : '';
      return [
        tr(
          `第 ${k + 1} 行“${field}”：“${input.value}”${why}`,
          `row ${k + 1}, ${field}: "${input.value}"${why}`,
        ),
      ];
    });
  }

  async function generate(): Promise<void> {
    messages.replaceChildren();
    // Saved with such a field, the row would keep its old value while the review shows the typed one.
    const unread = unreadEdits();
    if (unread.length > 0) {
      say(
        'error',
        tr(
          `未保存：以下修改无法识别，请更正后再生成规划——${unread.join('；')}`,
          `Not saved: these edits are not understood; correct them and generate again — ${unread.join('; ')}`,
        ),
      );
      return;
    }
    // A target with no name was saved as “（未命名）：200家以上”, and no actual could ever be matched to it.
    const unnamed = rows.flatMap((r, k) => (r.accepted && r.target.name.trim() === '' ? [k + 1] : []));
    if (unnamed.length > 0) {
      say(
        'error',
        tr(
          `未保存：第 ${unnamed.join('、')} 行没有指标名称，请填写（或取消勾选该行）后再生成规划`,
          `Not saved: row ${unnamed.join(', ')} has no indicator name; fill it in (or untick the row) and generate again`,
        ),
      );
      return;
    }
    const kept = rows.filter((r) => r.accepted).map((r) => r.target);
    const title = titleInput.value.trim() || tr('自建规划', 'My plan');
    const { plan, pending } = generatePlan(kept, {
      title,
      facts,
      ...(targetYear === null ? {} : { targetYear }),
    });
    void pending;
    // An id of its own, from its content: scenario files and links made for one imported plan are not taken by
    // another (every one had been 'imported-plan').
    plan.meta.id = `imported-${userPlanIdOf(plan)}`;
    const waiting = baseUnknownTargets(plan).length; // 基期待补: neither printed nor entered
    clearTimeout(draftTimer);
    draftTimer = undefined;
    const saved = await store({
      id: userPlanIdOf(plan),
      title,
      saved: new Date().toISOString(),
      plan,
      origin,
      pending: waiting,
    });
    // Saved: the draft has become a plan and is not offered again after a reload.
    if (saved) await clearImportDraft();
  }

  readBtn.addEventListener('click', () => void readText());
  saveBtn.addEventListener('click', () => void generate());
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void readFile(f);
  });
  textarea.addEventListener('dragover', (e) => e.preventDefault());
  textarea.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files?.[0];
    if (!f) return;
    e.preventDefault();
    void readFile(f);
  });
  templateCsv.addEventListener('click', () => {
    void planTemplateCsv().then((csv) => download('目标表模板.csv', csv, 'text/csv;charset=utf-8'));
  });
  templateXlsx.addEventListener('click', async () => {
    download(
      '目标表模板.xlsx',
      new Blob([(await planTemplateXlsx()) as BlobPart], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  });
  section.addEventListener('change', scheduleDraftSave);
  textarea.addEventListener('input', scheduleDraftSave);
  titleInput.addEventListener('input', scheduleDraftSave);
  // The section follows the language toggle without a reload: chrome.ts sets <html lang> on a switch.
  let shownLang = lang();
  new MutationObserver(() => {
    if (lang() === shownLang) return;
    shownLang = lang();
    for (const set of relabels) set();
    void refreshList();
    renderTable();
    if (rows.length > 0) updateSummary();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void refreshList();
  void restoreDraft();
}

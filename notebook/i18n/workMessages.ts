// Words for keeping the planner's work: the active scenario, undo/redo, restoring, saving with a name.
export const WORK_MESSAGES = {
  'work.active': { zh: '当前情景：', en: 'Scenario: ' },
  'work.modified': { zh: '（已修改）', en: ' (modified)' },
  'work.modifiedActuals': { zh: '（已录入实际数据）', en: ' (with entered actuals)' },
  'print.note': {
    zh: '打印于 {date}（规划目标推演台）。达成概率与推演值是模型按标注的假设所作的估计，不是实际结果；每个数的出处见页面悬停说明或导出的报告。',
    en: 'Printed {date} (planpath). Chances and projected values are model estimates on labelled assumptions, not outcomes; where each number comes from is in the page’s tooltips or the exported report.',
  },
  'work.modifiedHint': {
    zh: '设置已与打开时的情景不同；保存时请另起名称',
    en: 'The settings differ from the scenario as opened; give it its own name when saving',
  },
  'work.undo': { zh: '撤销（Ctrl+Z）', en: 'Undo (Ctrl+Z)' },
  'work.redo': { zh: '重做（Ctrl+Shift+Z）', en: 'Redo (Ctrl+Shift+Z)' },
  'work.restored': {
    zh: '已恢复上次在本机浏览器中的工作（{date}）。',
    en: 'Your last work in this browser was restored ({date}).',
  },
  'work.previousKept': {
    zh: '已按链接打开情景；上次在本机的工作（{date}）已保留。',
    en: 'The link was opened; your last work in this browser ({date}) is kept.',
  },
  'work.reopenPrevious': { zh: '恢复上次的工作', en: 'Reopen my last work' },
  'work.storageError': {
    zh: '无法在本机浏览器中保存或读取工作：{message}。当前页面中的内容不受影响，建议导出情景文件备份。',
    en: 'Work cannot be saved in or read from this browser: {message}. What is on the page is unaffected; export a scenario file as a backup.',
  },
  'work.storedBad': {
    zh: '本机保存的工作无法使用（{message}），已按默认情景打开；保存的内容未删除。',
    en: 'The work saved in this browser cannot be used ({message}); the default scenario was opened and the saved work was not deleted.',
  },
  'save.title': { zh: '保存情景', en: 'Save scenario' },
  'save.intro': {
    zh: '为这个情景起一个自己的名称，并说明它的假设。中英文都填写，切换语言时显示相应内容；英文可留空。',
    en: 'Give this scenario its own name and say what it assumes, in Chinese and English (shown with the page language). One name is enough: an English name alone serves for both.',
  },
  'save.nameZh': { zh: '名称（中文）', en: 'Name (Chinese)' },
  'save.nameEn': { zh: '名称（英文）', en: 'Name (English)' },
  'save.descZh': { zh: '说明（中文）', en: 'Description (Chinese)' },
  'save.descEn': { zh: '说明（英文）', en: 'Description (English)' },
  'save.confirm': { zh: '保存', en: 'Save' },
  'save.cancel': { zh: '取消', en: 'Cancel' },
  'save.nameRequired': { zh: '请填写中文名称', en: 'A name is required (Chinese or English)' },
  'save.overwrite': {
    zh: '本机已保存过名为“{name}”的情景：再点一次“覆盖保存”将替换它，或改用其他名称。',
    en: 'A scenario named "{name}" is saved already: click "Overwrite" to replace it, or choose another name.',
  },
  'save.overwriteConfirm': { zh: '覆盖保存', en: 'Overwrite' },
} as const;

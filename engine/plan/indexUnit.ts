// The unit of a rate-only indicator (规上工业增加值增速 with no level given): the plan import simulates it as an
// index whose base year is 1, and its actuals arrive as the yearly growth rates a 统计公报 reports.
export const INDEX_UNIT = '基期=1';

// Whether a clause, read from its start, is a target of its own: it carries a verb that sets something to
// reach (达到, 增长, 提高, 下降, 突破 …). A past year said in passing inside a target sentence (到2030年…达到
// 28亿元，2025年为15.6亿元，年均增长12%) dates its own clause; the clause after it that says 增长 is a target again.

const TARGET_VERB =
  /达到|达|增长|增速|提高|提升|下降|降低|减少|突破|超过|新增|净增|不低于|不少于|不超过|控制在|压缩|力争|争取/;

/** The clause's own words: from its start up to the next clause mark. */
export function opensTargetClause(clause: string): boolean {
  const end = clause.search(/[,，:：。!?！？;；\n]/);
  return TARGET_VERB.test(end < 0 ? clause : clause.slice(0, end));
}

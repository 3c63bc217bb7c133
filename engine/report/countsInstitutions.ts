// Whether an indicator counted in 家 counts institutions, platforms or places rather than firms: 家 is a measure
// word that names no kind of thing, and "市级研发机构 20 firms" in English called R&D institutions firms. Read
// from the Chinese name's head noun: of the words for a firm and for an institution, the one written last is
// what is counted (企业研发技术平台 counts platforms, 在孵企业 firms); a name's note in brackets is left out.

const INSTITUTION = /机构|平台|基地|中心|园|站|院|所|点|孵化器|众创空间|实验室|学校|协会|商会/g;
const FIRM = /企业|公司|高企|专精特新|小巨人|商户|个体户|工厂/g;

/** The end of the last match of `re` in `s`, or −1. */
function lastEnd(s: string, re: RegExp): number {
  let end = -1;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

export function countsInstitutions(zhName: string): boolean {
  const head = zhName.replace(/[（(][^）)]*[）)]/g, '');
  return lastEnd(head, INSTITUTION) > lastEnd(head, FIRM);
}

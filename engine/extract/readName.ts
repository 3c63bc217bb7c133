// The indicator phrase of a figure: the words before it in its clause, without the year, the comparator
// and the leading verb (到2025年，全区中小企业研发投入强度达到 → 全区中小企业研发投入强度); when nothing is
// left (打造5家医养结合康养机构), the noun after the figure.

import { AREA_PREFIX } from '../plan/withoutAreaOrCount.ts';

const LEADING =
  /^(?:当前|目前|现阶段|截至目前|其中|同时|并且|并|力争|争取|确保|努力|全力|支持|推动|助力|五年累计|期间累计|累计|新增|净增|再增加|新建|每年|年均|实现|基本实现|培育和引进|培育或引进|培育|打造|建成(?!区)|建设(?!用地)|形成|引进|创建|筛选|申报|成功申报|举办|推介|搭桥推介|扶持|认定|完成|开展|拥有|到|至|使|将|让)+/;
const TRAILING =
  /(?:力争|争取|确保|保证|达到|达|超过|超|突破|不少于|不低于|不超过|不高于|控制在|保持在|保持|稳定在|提高到|提高至|提升到|提升至|增加到|增长到|增至|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|缩小到|缩小至|缩小为|扩大到|扩大至|压减到|压减至|压缩到|压缩至|缩短到|缩短至|为|在|是|约|近|接近|大约|年均增长|年均增速|年均增加|年均提高|年均|每年|增长|增速|增加|提高|提升|下降|降低|减少|以上|分别|形成|打造|建成|培育|实现|共|共计|合计|完成|五年累计|期间累计|累计|预计|预期|预估|不足|仅为|仅有|仅|只有|已达到|已达|已经|已|的)+$/;
// A year with its comparison word goes whole: 城镇居民人均可支配收入较2020年增长40% → 城镇居民人均可支配收入.
const YEARS =
  /(?:到|至|力争到|争取到|截至|截止|较|比|与|同)?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?(?:前)?(?:相比)?|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|期末|末)?|规划期末|期末/g;

// 新增 before a counted measure is the indicator's own word, not a verb: 新增城镇就业人数 is what the statistics
// publish (冯工: the prose's 城镇就业人数, a stock's name on a flow, was not the 附表's row, and the actuals
// under the plan's name found neither). 新增高新技术企业100家 keeps its verb reading: 高新技术企业.
// Leading words before it still go (累计新增城镇就业人数 → 新增城镇就业人数: the total's 累计 is the target's, and a
// flow named 城镇就业人数 read as the stock of the employed). So is 新增城镇就业 without 人数, the statistic's own
// name (五年累计新增城镇就业55万人 had read 城镇就业).
const COUNTED_NEW = /(?:新增|净增)[^,，、]*?(?:人数|户数|家数|个数|数量|面积|就业)$/;

/** A name without its leading verbs, but with 新增 kept where it names a counted measure. */
function withoutLeading(rest: string): string {
  const counted = COUNTED_NEW.exec(rest);
  if (counted && rest.slice(0, counted.index).replace(LEADING, '') === '') return counted[0];
  return rest.replace(LEADING, '');
}

/**
 * A bracket inside a name's words is part of the name (每千人口拥有执业（助理）医师数 counts 助理医师 too): a few
 * characters of words, not a unit or a note of years, estimates or scope, with the name going on after it.
 */
const IN_NAME = /[(（]([\p{Script=Han}]{1,4})[)）](?=\p{Script=Han})/gu;
const NOTE_WORDS = /年|累计|预计|初步|含|左右|以上|以下|万|亿|元|个|家|户|人|%/;
const KEPT = ['\u0001', '\u0002'];

export function cleanName(text: string): string {
  let name = text
    .replace(IN_NAME, (all, words: string) => (NOTE_WORDS.test(words) ? all : `${KEPT[0]}${words}${KEPT[1]}`))
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[(（)）]/g, '')
    .replace(YEARS, '')
    .replace(/\s+/g, '')
    .replace(/^[,，、:：;；的]+/, '')
    .replace(/^是/, '');
  for (let k = 0; k < 3; k++) {
    name = name.replace(TRAILING, '');
    // The verb after an area too (全区累计建成5G基站 → 全区5G基站): kept, it had made the target's name differ from
    // the base year's fact (全区建成5G基站1200个 → 全区5G基站), and the base was asked for though printed.
    const area = AREA_PREFIX.exec(name)?.[0] ?? '';
    const rest = name.slice(area.length);
    const bare = withoutLeading(rest).replace(/^[,，、:：;；]+/, '');
    name = bare === '' ? name : area + bare;
  }
  return name
    .replace(/[,，、:：]+$/, '')
    .replaceAll(KEPT[0]!, '（')
    .replaceAll(KEPT[1]!, '）');
}

/** The noun after a figure: up to the next punctuation, 、 or 的-less break, at most 20 characters. */
export function nameAfter(text: string): string {
  const m = /^[^,，。;；、:：!?\n()（）]{1,20}/.exec(text.replace(/^的/, ''));
  return m ? cleanName(m[0]) : '';
}

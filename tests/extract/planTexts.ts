// Plan texts written for these tests in the style of real plans (national, provincial, city, district;
// five-year, special and annual). Every place, figure and sentence is invented.

/** A district five-year plan, full-width punctuation, 分别 clauses, 从…到…, 力争. */
export const DISTRICT_FIVE_YEAR = `青溪区国民经济和社会发展第十四个五年规划纲要（节选）
第一章 发展基础
“十三五”期间，全区地区生产总值年均增长6.8%，2020年达到860亿元，是2015年的1.4倍。
截至2020年底，全区市场主体共计4.2万户。
第二章 发展目标
第一节 主要指标
到2025年，全区地区生产总值达到1200亿元左右，年均增长7%以上；一般公共预算收入突破80亿元；规模以上工业增加值、固定资产投资分别增长8%、9%左右。
城镇居民人均可支配收入由目前的3.5万元增长到5.3万元，科技型中小企业从107家增加到500家。
新增市场主体两千家，力争培育上市企业3-5家。
单位地区生产总值能耗下降13.5%，常住人口城镇化率提高3个百分点，高新技术产业增加值占规模以上工业增加值比重达到45%。
第二节 重点任务
“十四五”期间，每年新增城镇就业1.2万人，年均引进亿元以上项目20个。
`;

/** A city special plan (2023—2027), half-width punctuation, a 分别…和… clause, ranges with 至. */
export const CITY_SPECIAL = `临江市数字经济发展专项规划(2023—2027年)
(一)发展目标
到2027年,数字经济核心产业增加值突破1000亿元,建成5G基站1.5万个,培育专精特新"小巨人"企业不少于20家、省级专精特新企业300家以上。
其中,软件和信息技术服务业营业收入、电子信息制造业营业收入分别超过300亿元和600亿元。
每年引进数字经济项目50个,新建工业互联网平台3至5个。
`;

/** A provincial plan for the next period: Chinese numerals, ranges with – and ～, 力争 on its own clause. */
export const PROVINCIAL = `第三章 主要目标
“十五五”时期，全省新增高新技术企业一万家，培育国家级专精特新“小巨人”企业二百家，建设省级重点实验室50–80个，新增国家级孵化器5～8家。
力争到2030年，研发经费投入强度达到3.2%。
规划期末，全省数字经济规模约占地区生产总值的55%。
`;

/** A county annual plan: the year is stated once for the facts and once for the targets. */
export const COUNTY_ANNUAL = `南山县2024年国民经济和社会发展计划
一、2023年计划执行情况
2023年，全县地区生产总值增长5.2%，新增市场主体3100户。
二、2024年主要预期目标
2024年，全县地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内；新增城镇就业不少于三千人，举办招聘活动10~15场，培训农村劳动力不超过二千人次。
`;

/** A national-style outline with 、 lists and 以内/以下 ceilings. */
export const NATIONAL_STYLE = `（三）“十四五”时期经济社会发展主要目标
经济保持合理增长，全员劳动生产率增长高于国内生产总值增长，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与国内生产总值增长基本同步。
到2025年，单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%，森林覆盖率提高到24.1%，每千人口拥有执业（助理）医师数达到3.2人，人均预期寿命提高1岁。
`;

import { districtName, outletNames, placeName } from '../../demo/places.ts';
import type { PlanUnit } from '../../demo/plan.ts';
import { type Rng, spread } from '../../demo/prng.ts';

/**
 * The unit tree of a fictional national enterprise: a head office, 31
 * provinces, cities, counties and the requested number of outlets, with the
 * departments (and sections) of each office. About 14 outlets per county and 10
 * counties per city; sizes vary by seeded weights. With 60,000 outlets this
 * makes ≈100k units.
 */
const PROVINCES = [
  ...'江南 河东 岭北 海西 湖中 山阳 云中 关西 塞北 淮海 川西 黔东 滇南 桂北 闽江 浙东 皖南 赣西 湘中 鄂北 豫中 冀东 晋南 蒙西 辽东 吉北 龙江 陇西 青原 天山 琼海'.split(
    ' ',
  ),
];

const HQ_DEPARTMENTS = [
  ...'党委组织部 党委宣传部 办公室 人力资源部 战略发展部 风险管理部 内控合规部 审计部 财务会计部 资产负债管理部 公司金融部 普惠金融部 个人金融部 私人银行部 金融市场部 投资银行部 运营管理部 信息科技部 数据管理部 授信审批部 渠道管理部 机构业务部 法律事务部 安全保卫部 纪委办公室 巡视办公室 工会办公室 机关党委 行政管理部 国际业务部'.split(
    ' ',
  ),
];
const PROVINCE_DEPARTMENTS = [
  ...'党建工作部 办公室 人力资源部 运营管理部 风险管理部 个人金融部 公司金融部 信息科技部 普惠金融部 金融市场部 财务会计部 法律合规部 内控与案防部 纪委办公室 工会办公室 安全保卫部 授信审批部 渠道管理部 机构业务部 审计分部'.split(
    ' ',
  ),
];
const CITY_DEPARTMENTS = [
  ...'综合管理部 运营管理部 个人金融部 风险合规部 公司金融部 普惠金融部 人力资源部 党建工作部'.split(' '),
];
const COUNTY_DEPARTMENTS = [...'综合办公室 公司业务部 个人业务部 运营管理部 风险合规部 普惠金融部'.split(' ')];
const SECTION_NAMES = ['一处', '二处', '三处'];

export const PROVINCE_COUNT = PROVINCES.length;
export const OUTLETS_PER_COUNTY = 14;
export const COUNTIES_PER_CITY = 10;

export interface NationalBatch {
  /** "总行" or a province's name, for progress lines. */
  label: string;
  /** Employee number prefix: 00 for the head office, 01–31 for the provinces. */
  prefix: string;
  units: PlanUnit[];
  /** The party org above the batch's top office. */
  rootParentOrgCode: string | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function departments(out: PlanUnit[], parent: string, names: readonly string[], prefix: string, sections: number) {
  for (const [i, name] of names.entries()) {
    const code = `${parent}B${pad(i + 1)}`;
    out.push({ code, name: `${prefix}${name}`, kind: 'department', parentCode: parent });
    for (let s = 0; s < sections; s++) {
      out.push({
        code: `${code}S${s + 1}`,
        name: `${prefix}${name}${SECTION_NAMES[s]}`,
        kind: 'section',
        parentCode: code,
      });
    }
  }
}

/** The head office batch first, then one batch per province (each parents first). */
export function nationalUnits(rng: Rng, outlets: number): NationalBatch[] {
  const counties = Math.max(PROVINCE_COUNT * 2, Math.round(outlets / OUTLETS_PER_COUNTY));
  const cities = Math.max(PROVINCE_COUNT, Math.round(counties / COUNTIES_PER_CITY));
  if (outlets < counties) throw new Error(`--outlets must be at least ${counties}`);
  const citiesOf = spread(rng.fork('cities'), cities, PROVINCE_COUNT, 0.4, 1.6);
  const countiesOf = spread(rng.fork('counties'), counties, cities);
  const outletsOf = spread(rng.fork('outlets'), outlets, counties, 0.4, 1.6);

  const hq: PlanUnit[] = [{ code: 'HQ', name: '总行', kind: 'head_office', parentCode: null }];
  departments(hq, 'HQ', HQ_DEPARTMENTS, '总行', 3);
  const batches: NationalBatch[] = [{ label: '总行', prefix: '00', units: hq, rootParentOrgCode: null }];

  let cityIndex = 0;
  let countyIndex = 0;
  for (const [p, provinceName] of PROVINCES.entries()) {
    const r = rng.fork(`P${p}`);
    const pc = `P${pad(p + 1)}`;
    const units: PlanUnit[] = [{ code: pc, name: `${provinceName}省分行`, kind: 'province', parentCode: 'HQ' }];
    departments(units, pc, PROVINCE_DEPARTMENTS, `${provinceName}省分行`, 2);
    const taken = new Set<string>();
    for (let c = 0; c < citiesOf[p]!; c++) {
      const cc = `${pc}C${pad(c + 1)}`;
      const cityName = `${placeName(r, taken)}市`;
      units.push({ code: cc, name: `${cityName}分行`, kind: 'city', parentCode: pc });
      departments(units, cc, CITY_DEPARTMENTS, `${cityName}分行`, 0);
      const districts = new Set<string>();
      const n = countiesOf[cityIndex++]!;
      for (let k = 0; k < n; k++) {
        const kc = `${cc}K${pad(k + 1)}`;
        const countyName =
          k < Math.min(2, n - 1) ? `${districtName(r, districts)}支行` : `${placeName(r, taken)}县支行`;
        units.push({ code: kc, name: `${cityName}${countyName}`, kind: 'county', parentCode: cc });
        departments(units, kc, COUNTY_DEPARTMENTS, `${cityName}${countyName}`, 0);
        const seat = countyName.endsWith('县支行') ? '' : null;
        const names = outletNames(r, outletsOf[countyIndex++]!, seat, new Set());
        const prefix = `${cityName.slice(0, -1)}${countyName.replace(/支行$/, '')}`;
        for (const [o, name] of names.entries()) {
          units.push({ code: `${kc}O${pad(o + 1, 3)}`, name: `${prefix}${name}`, kind: 'outlet', parentCode: kc });
        }
      }
    }
    batches.push({ label: provinceName, prefix: pad(p + 1), units, rootParentOrgCode: 'DW-HQ' });
  }
  return batches;
}

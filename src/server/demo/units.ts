import type { UnitKind } from '../../contracts/units.ts';
import { EXTRA_CITY_DEPARTMENTS, EXTRA_PROVINCE_DEPARTMENTS, newCities } from './province-units.ts';

/** A unit of the demo tree before it has an id. */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

/**
 * How much of the demo enterprise to build: the whole province (what `npm
 * start` loads), or only its first three cities with a small staff (the test
 * fixture, which must build in well under a second).
 */
export type DemoScale = 'province' | 'test';

export interface DemoCity {
  code: string;
  name: string;
  counties: { name: string; outlets: string[] }[];
}

/** The first three cities: tests name their units, so they never change. */
const CITIES: DemoCity[] = [
  {
    code: 'JN01',
    name: '青州市分行',
    counties: [
      { name: '北城支行', outlets: ['人民路网点', '文昌街网点', '北关网点', '青年路网点'] },
      { name: '临河县支行', outlets: ['城关网点', '临河新区网点', '石桥镇网点'] },
      { name: '南山县支行', outlets: ['南山城区网点', '松林镇网点', '汇通路网点'] },
    ],
  },
  {
    code: 'JN02',
    name: '云阳市分行',
    counties: [
      { name: '云中支行', outlets: ['解放路网点', '长安街网点', '翠湖网点', '高新区网点'] },
      { name: '白沙县支行', outlets: ['白沙城区网点', '金滩镇网点', '兴业路网点'] },
      { name: '清溪县支行', outlets: ['清溪城关网点', '桃源镇网点'] },
    ],
  },
  {
    code: 'JN03',
    name: '临江市分行',
    counties: [
      { name: '江滨支行', outlets: ['滨江路网点', '望江门网点', '新港网点'] },
      { name: '丰禾县支行', outlets: ['丰禾城区网点', '龙湾镇网点', '东坝网点'] },
      { name: '安平县支行', outlets: ['安平城关网点', '瑞丰路网点'] },
    ],
  },
];

const PROVINCE_DEPARTMENTS = [
  '党建工作部',
  '办公室',
  '人力资源部',
  '运营管理部',
  '风险管理部',
  '个人金融部',
  '公司金融部',
  '信息科技部',
];
const CITY_DEPARTMENTS = ['综合管理部', '运营管理部', '个人金融部', '风险合规部'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The demo tree, parents before children (the first three cities keep their codes, names and order). */
export function demoUnits(scale: DemoScale = 'test'): DemoUnit[] {
  const out: DemoUnit[] = [{ code: 'JN', name: '江南省分行', kind: 'province', parentCode: null }];
  for (const [i, name] of PROVINCE_DEPARTMENTS.entries()) {
    out.push({ code: `JNB${pad(i + 1)}`, name: `省分行${name}`, kind: 'department', parentCode: 'JN' });
  }
  for (const city of CITIES) pushCity(out, city, CITY_DEPARTMENTS);
  if (scale === 'test') return out;
  for (const city of newCities()) pushCity(out, city, [...CITY_DEPARTMENTS, ...EXTRA_CITY_DEPARTMENTS]);
  // Listed after the cities so the sort order of the original units stays as it was.
  const first = PROVINCE_DEPARTMENTS.length;
  for (const [i, name] of EXTRA_PROVINCE_DEPARTMENTS.entries()) {
    out.push({ code: `JNB${pad(first + i + 1)}`, name: `省分行${name}`, kind: 'department', parentCode: 'JN' });
  }
  return out;
}

function pushCity(out: DemoUnit[], city: DemoCity, departments: readonly string[]): void {
  const cityShort = city.name.replace('市分行', '');
  out.push({ code: city.code, name: city.name, kind: 'city', parentCode: 'JN' });
  for (const [i, name] of departments.entries()) {
    out.push({
      code: `${city.code}B${pad(i + 1)}`,
      name: `${city.name}${name}`,
      kind: 'department',
      parentCode: city.code,
    });
  }
  for (const [ci, county] of city.counties.entries()) {
    const countyCode = `${city.code}${pad(ci + 1)}`;
    out.push({ code: countyCode, name: `${cityShort}${county.name}`, kind: 'county', parentCode: city.code });
    for (const [oi, outlet] of county.outlets.entries()) {
      out.push({
        code: `${countyCode}${pad(oi + 1)}`,
        name: `${cityShort}${outlet}`,
        kind: 'outlet',
        parentCode: countyCode,
      });
    }
  }
}

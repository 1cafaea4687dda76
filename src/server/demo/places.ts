import type { Rng } from './prng.ts';

/**
 * Generic Chinese place names for generated units and for the local party
 * orgs that hold external members' relations. Names are composed from common
 * characters and street words, so they read naturally without naming a real
 * enterprise; a coincidence with a real town is a coincidence.
 */
const FIRST = [...'清平永安宁长兴丰泰和新怀广同乐福宜崇德仁靖遂文昌明瑞嘉康定华盛通顺宝金龙凤云青松柏桐枫梅兰'];
const SECOND = [...'河山川溪源阳丰乐宁平水林江城泉岭原台峰湖塘浦岗湾桥坪口田洲亭'];

/** A two-character place name; `taken` keeps names unique where it matters. */
export function placeName(rng: Rng, taken?: Set<string>): string {
  for (let i = 0; i < 200; i++) {
    const name = rng.pick(FIRST) + rng.pick(SECOND);
    if (name[0] === name[1]) continue;
    if (!taken?.has(name)) {
      taken?.add(name);
      return name;
    }
  }
  throw new Error('place names exhausted');
}

export const STREETS = [
  '人民路',
  '解放路',
  '建设路',
  '和平路',
  '文化路',
  '新华路',
  '胜利路',
  '长江路',
  '黄河路',
  '朝阳路',
  '光明路',
  '幸福路',
  '迎宾大道',
  '滨河路',
  '工业园',
  '开发区',
  '火车站',
  '汽车站',
  '体育中心',
  '大学城',
  '新城',
  '老街',
  '东关',
  '西关',
  '南关',
  '振兴路',
  '中心广场',
  '商贸城',
  '花园路',
  '学府路',
  '政务中心',
  '万宁路',
  '复兴路',
  '团结路',
  '北环路',
  '南环路',
  '东风路',
  '青年路',
  '育才路',
  '金融街',
];

const DISTRICTS = ['城东', '城西', '城南', '城北', '中心', '新区', '开发区', '高新区', '河东', '河西'];
const COMMUNITIES =
  '幸福 康乐 锦绣 阳光 翠竹 桂园 枫林 丽景 和谐 春晖 紫荆 银杏 安居 兴隆 绿洲 花园 福寿 桃源 景秀 明珠'.split(' ');
const VILLAGES = ['前进', '红星', '新村', '大王庄', '李家湾', '柳树', '石门', '双河', '王庄', '杏花', '东岗', '南坪'];

/** A district name used for city-district branches. */
export function districtName(rng: Rng, taken: Set<string>): string {
  const free = DISTRICTS.filter((d) => !taken.has(d));
  const name = free.length ? rng.pick(free) : placeName(rng, taken);
  taken.add(name);
  return name;
}

/**
 * The local party org that holds an external member's relation: usually the
 * party committee of the residential community, sometimes a town's committee
 * or a village branch.
 */
export function externalOrgName(rng: Rng, city: string): string {
  const r = rng.next();
  if (r < 0.7) {
    return `${city}${rng.pick(DISTRICTS)}街道${rng.pick(COMMUNITIES)}社区党委`;
  }
  const town = `${placeName(rng)}镇`;
  return r < 0.9 ? `${city}${town}党委` : `${city}${town}${rng.pick(VILLAGES)}村党支部`;
}

/**
 * Outlet names of one county: streets in town; for a rural county also its
 * seat (`seat` + 城关) and towns. `used` holds names taken elsewhere (the
 * other counties of a city) and receives these.
 */
export function outletNames(rng: Rng, count: number, seat: string | null, used: Set<string>): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (used.has(name)) return;
    used.add(name);
    names.push(name);
  };
  if (seat) add(`${seat}城关网点`);
  const streets = rng.shuffle(STREETS);
  while (names.length < count) {
    const town = seat !== null && rng.chance(0.45);
    add(town ? `${placeName(rng)}镇网点` : `${streets.pop() ?? placeName(rng)}网点`);
  }
  return names;
}

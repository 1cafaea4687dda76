import { outletNames, placeName } from './places.ts';
import { Rng } from './prng.ts';
import type { DemoCity } from './units.ts';

/**
 * The rest of the demo province, JN04–JN14: fictional city names, each city
 * with a district branch or two and a number of county branches, each with
 * outlets named after streets and towns. Built from a fixed seed, so the
 * province is the same on every machine and every day.
 */
const CITY_NAMES = ['澄川', '鹤汀', '岚溪', '枫亭', '桐江', '梅岭', '星湖', '栖凤', '柳汀', '禾丰', '望海'];
const DISTRICTS = ['城东', '城西', '城南', '城北', '新区', '高新区'];

/** Departments new cities have beyond the first cities' four. */
export const EXTRA_CITY_DEPARTMENTS = ['公司金融部', '普惠金融部', '人力资源部'];

/** Province departments beyond the first eight (listed after the cities). */
export const EXTRA_PROVINCE_DEPARTMENTS = [
  '普惠金融部',
  '金融市场部',
  '财务会计部',
  '法律合规部',
  '内控与案防部',
  '纪委办公室',
  '工会办公室',
  '安全保卫部',
  '授信审批部',
  '渠道管理部',
];

/** Place names the first three cities already use, kept out of the new ones. */
const TAKEN = ['青州', '云阳', '临江', '北城', '临河', '南山', '云中', '白沙', '清溪', '江滨', '丰禾', '安平'];

export function newCities(): DemoCity[] {
  const rng = new Rng(20_260_404);
  const taken = new Set([...TAKEN, ...CITY_NAMES]);
  return CITY_NAMES.map((short, i) => {
    const r = rng.fork(short);
    const counties: DemoCity['counties'] = [];
    const districts = r.int(1, 2);
    const total = r.int(8, 10);
    const districtNames = r.shuffle(DISTRICTS);
    const used = new Set<string>();
    for (let c = 0; c < total; c++) {
      if (c < districts) {
        counties.push({ name: `${districtNames[c]}支行`, outlets: outletNames(r, r.int(6, 10), null, used) });
      } else {
        const place = placeName(r, taken);
        counties.push({ name: `${place}县支行`, outlets: outletNames(r, r.int(5, 9), place, used) });
      }
    }
    return { code: `JN${String(i + 4).padStart(2, '0')}`, name: `${short}市分行`, counties };
  });
}

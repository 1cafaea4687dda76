import type { Gender } from '../../contracts/registry-enums.ts';
import type { Rng } from './prng.ts';

/**
 * Chinese personal names for generated people: common surnames weighted
 * roughly by frequency, given names of one or two characters from pools that
 * read as male, female or either.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 71],
  ['张', 68],
  ['刘', 54],
  ['陈', 45],
  ['杨', 31],
  ['黄', 24],
  ['赵', 20],
  ['吴', 19],
  ['周', 19],
  ['徐', 15],
  ['孙', 15],
  ['马', 13],
  ['朱', 13],
  ['胡', 12],
  ['郭', 11],
  ['何', 11],
  ['高', 10],
  ['林', 10],
  ['罗', 9],
  ['郑', 9],
  ['梁', 8],
  ['谢', 7],
  ['宋', 6],
  ['唐', 6],
  ['许', 6],
  ['韩', 6],
  ['冯', 6],
  ['邓', 6],
  ['曹', 5],
  ['彭', 5],
  ['曾', 5],
  ['肖', 5],
  ['田', 5],
  ['董', 5],
  ['袁', 4],
  ['潘', 4],
  ['于', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['余', 4],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['苏', 4],
  ['魏', 4],
  ['吕', 4],
  ['丁', 3],
  ['任', 3],
  ['沈', 3],
  ['姚', 3],
  ['卢', 3],
  ['姜', 3],
  ['崔', 3],
  ['钟', 3],
  ['谭', 3],
  ['陆', 3],
  ['汪', 3],
  ['范', 3],
  ['金', 3],
  ['石', 3],
  ['廖', 3],
  ['贾', 3],
  ['夏', 3],
  ['韦', 2],
  ['方', 2],
  ['白', 2],
  ['邹', 2],
  ['孟', 2],
  ['熊', 2],
  ['秦', 2],
  ['邱', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['段', 2],
  ['雷', 2],
  ['侯', 2],
  ['龙', 2],
  ['史', 2],
  ['陶', 2],
  ['黎', 2],
  ['贺', 2],
  ['顾', 2],
  ['毛', 2],
  ['郝', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['严', 2],
  ['武', 2],
  ['戴', 2],
  ['孔', 1],
  ['汤', 1],
  ['欧阳', 1],
  ['司马', 1],
];

const MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁凯峰浩俊健锋坤晨博文建国志海东林立新宇昊泽楠亮成诚永祥'];
const FEMALE = [...'芳娜敏静丽艳娟霞秀玲燕红梅琳莉婷雪慧颖倩洁欣佳蕾薇露瑶琪晶玉兰凤萍青妍璐悦茜媛月蓉'];
const EITHER = [...'文晓子思雨一嘉佳明春秋安心宏晴远清家德少'];

export function personName(rng: Rng, gender: Gender): string {
  const own = gender === 'male' ? MALE : FEMALE;
  const surname = rng.weighted(SURNAMES);
  // About a third of given names have one character.
  if (rng.chance(0.32)) return surname + rng.pick(own);
  const first = rng.chance(0.35) ? rng.pick(EITHER) : rng.pick(own);
  return surname + first + rng.pick(own);
}

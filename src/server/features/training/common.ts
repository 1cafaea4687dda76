/** numeric(5,1) as a JavaScript number, rounded to tenths (sums come back as strings from raw SQL). */
export const tenths = (v: number | string | null): number => Math.round(Number(v ?? 0) * 10) / 10;

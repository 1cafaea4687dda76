export const projectWorkZh = {};
export const projectWorkEn: Record<keyof typeof projectWorkZh, string> = {};

/** Messages of the quarterly and annual reports (workbook jobs, print page). */
export const reportsZh = {
  'menu.reports': '统计报表',
  'home.shortcut.reports': '季度、年度报表：生成 Excel 工作簿，或打印（A4）',
};

export const reportsEn: Record<keyof typeof reportsZh, string> = {
  'menu.reports': 'Reports',
  'home.shortcut.reports': 'Quarterly and annual reports: an Excel workbook, or a printable A4 page',
};

/**
 * The dossier page's sheet. On screen the page (a flex item of the frame's content) may
 * not grow past a phone's width: wide tables scroll inside their section. The page lives
 * inside the app's frame (ProLayout), so when printing the frame's sider, header and their
 * placeholders go, the content takes the whole A4 width, and the page's own buttons
 * (.prw-no-print) are hidden.
 */
export const DOSSIER_PRINT_CSS = `
.prw-dossier { background: #fff; min-width: 0; width: 100%; max-width: 794px; margin: 0 auto; padding: 24px; box-sizing: border-box; }
.prw-dossier h1 { font-size: 22px; margin: 0 0 4px; text-align: center; }
.prw-dossier .prw-section { margin-top: 20px; overflow-x: auto; }
.prw-dossier .prw-section > h2 { font-size: 16px; border-bottom: 2px solid #c00; padding-bottom: 4px; margin: 0 0 10px; }
@media (max-width: 767.98px) { .prw-dossier { padding: 12px 4px; } }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  .prw-no-print,
  .ant-pro-sider,
  .ant-layout-sider,
  .ant-pro-layout-header,
  .ant-layout-header,
  .ant-pro-global-header,
  .ant-pro-layout-sider-children,
  .ant-pro-page-container-warp-page-header,
  .ant-pro-page-container .ant-page-header,
  .ant-message,
  .ant-float-btn { display: none !important; }
  html, body, #root, .ant-layout, .ant-pro-layout, .ant-pro-layout-bg-list { background: #fff !important; }
  .ant-pro-layout .ant-layout, .ant-pro-layout-container, .ant-pro-layout-content,
  .ant-pro-page-container-children-container, .ant-layout-content, main {
    margin: 0 !important; padding: 0 !important; min-height: 0 !important; width: 100% !important;
  }
  .ant-pro-layout > div[style*="width"], .ant-layout > div[style*="208px"] { display: none !important; }
  .prw-dossier { max-width: none; padding: 0; }
  .prw-dossier .ant-table { font-size: 12px; }
  .prw-dossier .prw-section { break-inside: auto; overflow: visible; }
  .prw-dossier .prw-section > h2 { break-after: avoid; }
  a { color: inherit !important; text-decoration: none !important; }
}
`;

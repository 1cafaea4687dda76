/** The mark: a red seal with 联, drawn inline so no image is fetched. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ display: 'block' }}>
      <rect width="32" height="32" rx="6" fill="#c8161d" />
      <text
        x="16"
        y="22.5"
        textAnchor="middle"
        fontSize="18"
        fontWeight="700"
        fill="#fff"
        fontFamily="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif"
      >
        联
      </text>
    </svg>
  );
}

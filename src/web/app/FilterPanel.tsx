import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Switch } from 'antd';
import { Children, type CSSProperties, cloneElement, isValidElement, type ReactNode, useState } from 'react';
import { useT } from './i18n/index.tsx';
import { useCompact } from './useCompact.ts';

/**
 * A yes/no filter kept in the address as 'true' or absent (e.g. 含已撤销),
 * a small switch with its label; `style` as FilterPanel sets it on a phone.
 */
export function FilterSwitch({
  value,
  onChange,
  label,
  style,
}: {
  value: 'true' | 'false' | undefined;
  onChange: (value: 'true' | undefined) => void;
  label: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <span style={{ whiteSpace: 'nowrap', ...style }}>
      <Switch size="small" checked={value === 'true'} onChange={(on) => onChange(on ? 'true' : undefined)} /> {label}
    </span>
  );
}

/**
 * A list's filters: on a wide screen all in one wrapping row; on a phone the
 * search box stays and the rest fold behind 筛选 (with how many are set).
 */
export function FilterPanel({
  search,
  children,
  active,
  onReset,
}: {
  search: ReactNode;
  children: ReactNode;
  /** How many filters (besides the search) are set. */
  active: number;
  onReset: () => void;
}) {
  const t = useT();
  const compact = useCompact();
  const [open, setOpen] = useState(false);
  const reset = (
    <Button onClick={onReset} disabled={active === 0}>
      {t('filter.reset')}
    </Button>
  );
  if (!compact) {
    return (
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} data-testid="filters">
        {search}
        {children}
        {reset}
      </Flex>
    );
  }
  return (
    <div style={{ marginBottom: 12 }} data-testid="filters">
      <Flex gap={8}>
        <div style={{ flex: 1, minWidth: 0 }}>{search}</div>
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {t('filter.toggle')}
          </Button>
        </Badge>
      </Flex>
      {open ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {Children.map(children, (c) =>
            isValidElement<{ style?: CSSProperties }>(c)
              ? cloneElement(c, { style: { ...c.props.style, width: '100%' } })
              : c,
          )}
          {reset}
        </Flex>
      ) : null}
    </div>
  );
}

import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useCompact } from './useCompact.ts';

/**
 * A form's submit button in a bar that sticks to the bottom of the screen, so a
 * long form on a phone can be sent without scrolling back; full width on phones.
 */
export function SubmitBar({ loading, testId, children }: { loading: boolean; testId: string; children: ReactNode }) {
  const compact = useCompact();
  return (
    <div
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 5,
        background: '#fff',
        padding: '12px 0',
        borderTop: '1px solid #f0f0f0',
      }}
    >
      <Button type="primary" htmlType="submit" size="large" block={compact} loading={loading} data-testid={testId}>
        {children}
      </Button>
    </div>
  );
}

import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ConcernAction, ConcernDetail } from '../../../contracts/concerns.ts';
import { ActionModal } from './ActionModal.tsx';
import { useConcernNames } from './labels.ts';

/** Rejecting and returning send it away: shown as danger, apart from the way forward. */
const DANGER: readonly ConcernAction[] = ['reject', 'return', 'reopen'];

/** A button for exactly each action the server allows the caller now. */
export function ConcernActions({ concern, onStale }: { concern: ConcernDetail; onStale: () => void }) {
  const names = useConcernNames();
  const navigate = useNavigate();
  const [open, setOpen] = useState<ConcernAction | null>(null);
  if (concern.allowedActions.length === 0) return null;
  const onClick = (a: ConcernAction) =>
    a === 'decide' ? navigate(`/concern-followup?tab=committee&concernId=${concern.id}`) : setOpen(a);
  return (
    <>
      <Flex wrap gap={8} data-testid="concern-actions">
        {concern.allowedActions.map((a, i) => (
          <Button
            key={a}
            type={i === 0 && !DANGER.includes(a) ? 'primary' : 'default'}
            danger={DANGER.includes(a)}
            onClick={() => onClick(a)}
            data-testid={`concern-action-${a}`}
          >
            {names.action(a)}
          </Button>
        ))}
      </Flex>
      {open ? <ActionModal concern={concern} action={open} onClose={() => setOpen(null)} onStale={onStale} /> : null}
    </>
  );
}

import { DownOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { MenuProps } from 'antd';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import type { UnitDetail } from '../../../contracts/units.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { setUnitActive, unitKeys } from './api.ts';
import { CreateUnitModal, EditUnitModal, MoveUnitModal, UnitHistoryModal } from './UnitModals.tsx';

type Open = 'create' | 'edit' | 'move' | 'history' | null;

/**
 * What can be done to a unit: 新增下级机构 / 编辑 / 移动 / 停用·启用 for the
 * registry's managers, 变更记录 for everyone who sees the tree. After a change,
 * the tree, the figures and the lists reload.
 */
export function UnitActions({ unit, onCreated }: { unit: UnitDetail; onCreated?: (id: number) => void }) {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const { modal, message } = App.useApp();
  const onError = useApiErrorHandler();
  const compact = useCompact();
  const [open, setOpen] = useState<Open>(null);
  const canManage = me.permissions.includes('registry.manage');

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: unitKeys.all });
    void qc.invalidateQueries({ queryKey: ['registry'] });
  };
  const stale = () => {
    setOpen(null);
    refresh();
  };
  const done = () => {
    setOpen(null);
    void message.success(t('common.saved'));
    refresh();
  };

  const toggleActive = () =>
    modal.confirm({
      title: t(unit.active ? 'unit.deactivateConfirm' : 'unit.activateConfirm', { name: unit.name }),
      content: unit.active ? t('unit.deactivateHint') : null,
      okButtonProps: { danger: unit.active },
      onOk: async () => {
        try {
          await setUnitActive(unit.id, !unit.active, unit.version);
          void message.success(t(unit.active ? 'unit.deactivated' : 'unit.activated'));
        } catch (err) {
          onError(err);
        }
        refresh();
      },
    });

  const items: MenuProps['items'] = [
    ...(canManage
      ? [
          { key: 'create', label: t('unit.create') },
          { key: 'edit', label: t('unit.edit') },
          ...(unit.parentId !== null ? [{ key: 'move', label: t('unit.move') }] : []),
          {
            key: 'toggle',
            label: t(unit.active ? 'unit.deactivate' : 'unit.activate'),
            danger: unit.active,
          },
        ]
      : []),
    { key: 'history', label: t('unit.history') },
  ];
  const onClick = (key: string) => {
    if (key === 'toggle') toggleActive();
    else setOpen(key as Open);
  };

  return (
    <>
      {compact || !canManage ? (
        <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onClick(key) }}>
          <Button size="small" data-testid="unit-actions">
            <Space size={4}>
              {t('unit.actions')}
              <DownOutlined />
            </Space>
          </Button>
        </Dropdown>
      ) : (
        <Space size={8} wrap>
          {(items ?? []).map((item) =>
            item && 'label' in item ? (
              <Button
                key={String(item.key)}
                size="small"
                danger={'danger' in item && item.danger === true}
                onClick={() => onClick(String(item.key))}
              >
                {item.label}
              </Button>
            ) : null,
          )}
        </Space>
      )}
      {open === 'create' ? (
        <CreateUnitModal
          parent={unit}
          onClose={() => setOpen(null)}
          onDone={(created) => {
            done();
            onCreated?.(created.id);
          }}
        />
      ) : null}
      {open === 'edit' ? (
        <EditUnitModal unit={unit} onClose={() => setOpen(null)} onDone={done} onStale={stale} />
      ) : null}
      {open === 'move' ? (
        <MoveUnitModal unit={unit} onClose={() => setOpen(null)} onDone={done} onStale={stale} />
      ) : null}
      {open === 'history' ? <UnitHistoryModal unit={unit} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

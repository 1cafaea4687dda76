import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Skeleton } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { fetchRates, registryKeys } from './api.ts';
import { RateFigure } from './RateFigure.tsx';

/** 无党员网点率 and the share of members whose relation is held outside, each as numerator / denominator. */
export function RatesLine({ unitId }: { unitId: number | null }) {
  const t = useT();
  const rates = useQuery({ queryKey: registryKeys.rates(unitId), queryFn: () => fetchRates(unitId) });
  if (rates.isPending) return <Skeleton.Input active size="small" style={{ width: 320 }} />;
  if (rates.isError) return <Alert type="error" showIcon message={rates.error.message} />;
  return (
    <Flex wrap gap="4px 24px">
      <RateFigure label={t('rate.blankOutlets')} rate={rates.data.blankOutlets} testId="rate-blank-outlets" />
      <RateFigure label={t('rate.externalMembers')} rate={rates.data.externalMembers} testId="rate-external-members" />
    </Flex>
  );
}

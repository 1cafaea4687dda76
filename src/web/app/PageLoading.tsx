import { Flex, Spin } from 'antd';

/** Shown while a page's code or first data arrives. */
export function PageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

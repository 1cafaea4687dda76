import { useMutation } from '@tanstack/react-query';
import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { type ErrorHandlingOptions, useApiErrorHandler } from './api/errors.ts';

/**
 * A modal form that saves through one API call: submit → mutation → on
 * success `onDone`, on failure the server's field messages under the fields
 * (and a reload on 409 via `onStale`). Nothing typed is lost on an error: the
 * modal stays open with the values.
 */
export function FormModal<V extends object, R>({
  title,
  okText,
  width,
  initialValues,
  submit,
  onDone,
  onClose,
  errors,
  children,
}: {
  title: ReactNode;
  okText: string;
  width?: number;
  initialValues?: Partial<V>;
  submit: (values: V) => Promise<R>;
  onDone: (result: R) => void;
  onClose: () => void;
  /** Which API fields map onto which form fields, and what to do on a stale version. */
  errors?: Omit<ErrorHandlingOptions, 'form'>;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const onError = useApiErrorHandler();
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: onDone,
    onError: (err) => onError(err, { form, ...errors }),
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      maskClosable={false}
      width={width}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => mutation.mutate(v)}>
        {children}
      </Form>
    </Modal>
  );
}

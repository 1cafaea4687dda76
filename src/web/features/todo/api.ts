import { todoSchema } from '../../../contracts/compliance.ts';
import { api } from '../../app/api/client.ts';

export const fetchTodo = () => api('GET', '/api/todo', todoSchema);

export const todoKeys = { all: ['todo'] as const };

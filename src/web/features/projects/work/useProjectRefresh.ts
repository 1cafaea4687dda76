import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After a change: the project, its dossier and its scores are read again (campaign lists too). */
export function useProjectRefresh(projectId: number): () => void {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: ['project', projectId] });
    // The campaign pages' lists and counts (their keys start with 'projects').
    void client.invalidateQueries({ queryKey: ['projects'] });
  }, [client, projectId]);
}

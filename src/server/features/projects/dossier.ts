import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Dossier, DossierEntry } from '../../../contracts/project-work.ts';
import type { ProjectEventKind } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import {
  projectComments,
  projectEvents,
  projectMilestones,
  projectProgress,
  projectProgressAttachments,
  projectScoreSheets,
  projectTargetReadings,
  projectTargets,
} from '../../db/schema/projects.ts';
import type { Actor } from '../../platform/actor.ts';
import { localDate } from '../compliance/periods.ts';
import { projectInScope } from './access.ts';
import { detailOf, type ReadWhen, seesSheets } from './project-read.ts';
import { emptyScores, stageScores } from './stage-scores.ts';

/**
 * 一事一册: the project's running documentation as one timeline, derived from what
 * was recorded (decision 0016): status events with their reasons, progress entries
 * with files, target readings, milestones done, comments and the evaluation sheets.
 * Oldest first by the day it happened, then by the moment it was recorded. The
 * printable page shows the same answer, so it carries the full project detail.
 */
export async function readDossier(
  db: Db,
  actor: Actor,
  id: number,
  when: ReadWhen & { timeZone: string },
): Promise<Dossier> {
  const p = await projectInScope(db, actor, id);
  const project = await detailOf(db, actor, p, when);
  const dayOf = (d: Date) => localDate(d, when.timeZone);
  const base = { actor: null, event: null, title: null, text: null, value: null, attachments: [], refId: null };
  const entries: DossierEntry[] = [];
  const who = (aid: number, name: string) => ({ id: aid, name });

  const events = await db
    .select({ e: projectEvents, name: accounts.displayName })
    .from(projectEvents)
    .innerJoin(accounts, eq(accounts.id, projectEvents.actorId))
    .where(eq(projectEvents.projectId, p.id));
  for (const { e, name } of events) {
    entries.push({
      ...base,
      kind: 'event',
      on: dayOf(e.at),
      at: e.at.toISOString(),
      actor: who(e.actorId, name),
      event: e.kind as ProjectEventKind,
      text: e.note,
      refId: Number(e.id),
    });
  }

  const progress = await db
    .select({ e: projectProgress, name: accounts.displayName, milestone: projectMilestones.title })
    .from(projectProgress)
    .innerJoin(accounts, eq(accounts.id, projectProgress.recordedBy))
    .leftJoin(projectMilestones, eq(projectMilestones.id, projectProgress.milestoneId))
    .where(eq(projectProgress.projectId, p.id));
  const files =
    progress.length === 0
      ? []
      : await db
          .select()
          .from(projectProgressAttachments)
          .where(
            inArray(
              projectProgressAttachments.progressId,
              progress.map((x) => Number(x.e.id)),
            ),
          )
          .orderBy(asc(projectProgressAttachments.id));
  for (const { e, name, milestone } of progress) {
    entries.push({
      ...base,
      kind: 'progress',
      on: e.occurredOn,
      at: e.createdAt.toISOString(),
      actor: who(e.recordedBy, name),
      title: milestone,
      text: e.content,
      attachments: files
        .filter((f) => Number(f.progressId) === Number(e.id))
        .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, mimeType: f.mimeType })),
      refId: Number(e.id),
    });
  }

  const readings = await db
    .select({
      r: projectTargetReadings,
      name: accounts.displayName,
      target: projectTargets.name,
      unit: projectTargets.unit,
    })
    .from(projectTargetReadings)
    .innerJoin(projectTargets, eq(projectTargets.id, projectTargetReadings.targetId))
    .innerJoin(accounts, eq(accounts.id, projectTargetReadings.recordedBy))
    .where(eq(projectTargets.projectId, p.id));
  for (const { r, name, target, unit } of readings) {
    entries.push({
      ...base,
      kind: 'reading',
      on: r.measuredOn,
      at: r.createdAt.toISOString(),
      actor: who(r.recordedBy, name),
      title: `${target}（${unit}）`,
      text: r.note,
      value: Number(r.value),
      refId: r.id,
    });
  }

  const comments = await db
    .select({ c: projectComments, name: accounts.displayName })
    .from(projectComments)
    .innerJoin(accounts, eq(accounts.id, projectComments.authorId))
    .where(eq(projectComments.projectId, p.id));
  for (const { c, name } of comments) {
    entries.push({
      ...base,
      kind: 'comment',
      on: dayOf(c.createdAt),
      at: c.createdAt.toISOString(),
      actor: who(c.authorId, name),
      text: c.content,
      refId: c.id,
    });
  }

  const done = await db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.projectId, p.id), isNotNull(projectMilestones.doneOn)));
  for (const m of done) {
    entries.push({
      ...base,
      kind: 'milestone_done',
      on: m.doneOn!,
      // No moment is kept for a milestone's completion: the end of its day orders it after that day's records.
      at: `${m.doneOn}T23:59:59.999Z`,
      title: m.title,
      text: m.doneNote,
      refId: m.id,
    });
  }

  // The evaluation sheets, to those who see sheets in the detail (reviewers and managers of the campaign).
  const sheets = !seesSheets(actor, p.campaign)
    ? []
    : await db
        .select({ s: projectScoreSheets, name: accounts.displayName })
        .from(projectScoreSheets)
        .innerJoin(accounts, eq(accounts.id, projectScoreSheets.reviewerId))
        .where(and(eq(projectScoreSheets.projectId, p.id), eq(projectScoreSheets.stage, 'evaluation')));
  const totals = ((await stageScores(db, [p.id])).get(p.id) ?? emptyScores()).evaluation.totals;
  for (const { s, name } of sheets) {
    entries.push({
      ...base,
      kind: 'score',
      on: dayOf(s.updatedAt),
      at: s.updatedAt.toISOString(),
      actor: who(s.reviewerId, name),
      title: s.stage,
      text: s.comment,
      value: totals.get(s.id) ?? 0,
      refId: s.id,
    });
  }

  entries.sort((a, b) => a.on.localeCompare(b.on) || a.at.localeCompare(b.at));
  return { project, entries };
}

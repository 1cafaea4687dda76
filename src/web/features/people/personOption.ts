import type { Person } from '../../../contracts/people.ts';
import type { Translate } from '../../app/i18n/index.tsx';
import type { RemoteOption } from '../../app/RemoteSelect.tsx';

/** A found person as an option: name with employee number, the unit beneath. */
export const personOption = (t: Translate, p: Person): RemoteOption => ({
  value: p.id,
  label: t('person.nameWithNo', { name: p.name, no: p.employeeNo }),
  desc: p.unit.name,
});

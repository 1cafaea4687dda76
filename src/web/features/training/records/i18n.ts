/** Messages of the training gap and rate page, the online-hours page and a person's training record. */
export const trainingRecordsZh = {
  'trn.records.title': '培训达标情况',
};

export const trainingRecordsEn: Record<keyof typeof trainingRecordsZh, string> = {
  'trn.records.title': 'Training requirements',
};

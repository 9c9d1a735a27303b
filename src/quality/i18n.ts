/** The center's quality page (resources.quality.*). */
export const qualityMessages = {
  menu: 'Quality',
  title: 'Quality',
  noCenter: 'Your account is not tied to a service center: ask an administrator.',
  rating: 'Your rating',
  audits: {
    title: 'Audits',
    empty: 'No audit results yet.',
    score: 'Score %{score}',
    unscored: 'Not scored',
  },
  actions: {
    title: 'Corrective actions to answer',
    empty: 'No open corrective actions: nothing to answer.',
    due: 'Due %{date}',
    overdue: 'Overdue: was due %{date}',
  },
};

// Placeholder until the page lands (being built in this session).
export default function ConcernSettingsPage() {
  return null;
}

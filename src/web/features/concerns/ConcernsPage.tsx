// Placeholder until the page lands (being built in this session).
export default function ConcernsPage() {
  return null;
}

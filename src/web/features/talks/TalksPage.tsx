export default function TalksPage() {
  return null;
}

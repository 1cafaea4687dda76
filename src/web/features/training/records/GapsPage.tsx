export default function GapsPage() {
  return null;
}

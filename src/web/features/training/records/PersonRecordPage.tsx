export default function PersonRecordPage() {
  return null;
}

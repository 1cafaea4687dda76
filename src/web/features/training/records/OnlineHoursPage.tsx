export default function OnlineHoursPage() {
  return null;
}

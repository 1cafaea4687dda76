export default function DossierPrintPage() {
  return null;
}

/** Replaced by the page's implementation (issue 6 in progress). */
export default function Page() {
  return null;
}

/** How a customer's name is written: Vietnamese names family name first (Nguyễn Thị Hương). */
export function customerDisplayName(person: { givenName: string; familyName: string; language: string }): string {
  return person.language === 'vi' ? `${person.familyName} ${person.givenName}` : `${person.givenName} ${person.familyName}`;
}

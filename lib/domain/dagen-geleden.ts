// "vandaag", "gisteren", "3 dagen geleden": one wording for how long ago something came in (issue 16 item 16: the
// melding page said "(0 dagen geleden)" where the list said "vandaag").

export const dagenGeleden = (dagen: number): string => {
  if (dagen <= 0) return 'vandaag';
  if (dagen === 1) return 'gisteren';
  return `${dagen} dagen geleden`;
};

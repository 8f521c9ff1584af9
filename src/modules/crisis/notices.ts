// The safety notice shown with crisis support, in the languages of the demo countries. Wording follows the
// practice of peer-support services: a group adds to, and does not replace, urgent or clinical help.
const NOTICES: Record<string, string> = {
  en: 'Peer groups are not a crisis or emergency service. If you are in danger or might act on thoughts of harming yourself, call the emergency number now or contact one of these helplines.',
  fr: "Les groupes d'entraide ne sont pas un service de crise ou d'urgence. Si vous êtes en danger ou pensez à vous faire du mal, appelez le numéro d'urgence maintenant ou contactez l'une de ces lignes d'écoute.",
  es: 'Los grupos de apoyo mutuo no son un servicio de crisis ni de emergencias. Si estás en peligro o piensas en hacerte daño, llama ahora al número de emergencias o contacta con una de estas líneas de ayuda.',
  de: 'Selbsthilfegruppen sind kein Krisen- oder Notfalldienst. Wenn du in Gefahr bist oder daran denkst, dir etwas anzutun, ruf jetzt den Notruf an oder wende dich an eines dieser Hilfetelefone.',
  pt: 'Os grupos de apoio entre pares não são um serviço de crise ou de emergência. Se estiver em perigo ou a pensar em fazer-se mal, ligue já para o número de emergência ou contacte uma destas linhas de apoio.',
};

export function safetyNotice(language: string | null | undefined): string {
  const lang = (language ?? 'en').toLowerCase().slice(0, 2);
  return NOTICES[lang] ?? NOTICES.en!;
}

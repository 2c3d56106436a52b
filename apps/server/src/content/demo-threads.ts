/** Chat threads present on an empty platform, with a few sample messages. Pure data. */
import type { DemoThread } from './types.js';

export const demoThreads: readonly DemoThread[] = [
  {
    title: 'Place du village',
    description: `Le fil général du collectif : nouvelles, questions, coups de main, annonces. On s'y présente, on s'y retrouve.`,
    messages: [
      {
        author: 'demo',
        text: `Bienvenue sur la Place du village ! Ici on se présente, on pose ses questions, on propose un coup de main. Dites-nous d'où vous écrivez et ce qui vous amène.`,
      },
      {
        author: 'demo',
        text: `Bonjour à toutes et à tous, je suis maraîchère près de Crest. Quelqu'un aurait-il une grelinette à prêter quinze jours en mars ? La mienne a rendu l'âme.`,
      },
      {
        author: 'demo',
        text: `Rappel : prochaine corvée du béal des Horts samedi à 8 h 30. Prévoir pioche, gants et casse-croûte ; la soupe est offerte par le hameau.`,
      },
    ],
  },
  {
    title: 'Semences et échanges de graines',
    description: `Proposer, chercher et échanger des semences paysannes, et partager ses observations de culture.`,
    messages: [
      {
        author: 'demo',
        text: `Je cherche une tomate de plein champ qui tienne les étés secs avec très peu d'arrosage. Des variétés qui ont fait leurs preuves chez vous ?`,
      },
      {
        author: 'demo',
        text: `À la maison des semences du Diois, il reste des sachets d'une tomate de Luc-en-Diois qui passe l'été avec deux arrosages. Pensez à rapporter des graines à l'automne !`,
      },
    ],
  },
  {
    title: 'Chantiers participatifs',
    description: `Les chantiers ouverts : dates, lieux, ce qu'il faut apporter, comment on s'organise.`,
    messages: [
      {
        author: 'demo',
        text: `Plantation à la forêt-jardin des Carmes, à Figeac, le dernier samedi de novembre à 9 h. Apportez bottes et bêches ; les plants et le repas sont prévus.`,
      },
      {
        author: 'demo',
        text: `Le four de Mirmande chauffe samedi prochain dès 7 h. Pâte à apporter pétrie de la veille ; on cherche deux personnes pour le fagotage.`,
      },
    ],
  },
];

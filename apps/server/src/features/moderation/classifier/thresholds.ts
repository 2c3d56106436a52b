/** At or above: the message goes to the moderators' review queue. */
export const FLAG_THRESHOLD = 0.5;
/** At or above: the message is also hidden at once, pending review. */
export const HIDE_THRESHOLD = 0.85;

/** The file in DATA_DIR that keeps the unanswered questions. */
export const UNANSWERED_FILE = 'unanswered.json';

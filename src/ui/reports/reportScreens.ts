/**
 * The outcome table and the fidelity measures load as one chunk: they share
 * most of their code, and a chunk of its own would add its file names to
 * the route table in the app shell (about 90 bytes gzipped, measured), which
 * is at its 200 KB budget.
 */
export { OutcomeScreen } from './OutcomeScreen';
export { FidelityScreen } from './fidelity/FidelityScreen';

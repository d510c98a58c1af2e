import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… waits for the live queries of a whole screen; on a busy two-core machine that can take more than the default second.
// It still returns as soon as the element is there.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
import '../../src/ui/i18n/featureTexts';

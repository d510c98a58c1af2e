// Every simulated device gets its own IndexedDB database from fake-indexeddb.
import 'fake-indexeddb/auto';

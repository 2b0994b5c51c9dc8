// happy-dom has no IndexedDB; the learner store is tested against fake-indexeddb.
import 'fake-indexeddb/auto';

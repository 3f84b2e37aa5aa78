// The one way a page refuses a read is lib/auth/refuse.ts; this name stays for the casusverdeling pages that import it.
export { readOrRefuse } from '@/lib/auth/refuse';

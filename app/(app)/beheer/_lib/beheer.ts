import 'server-only';
import { layout } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';

/** What every beheer action shares (with runAction): the signed-in actor, and afterwards every beheer page refreshed. */
export const beheer = { actor: requireActor, revalidate: [layout('/beheer')] };

export const opgeslagen = (message: string) => () => ({ ok: true, message });

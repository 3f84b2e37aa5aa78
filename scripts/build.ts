// `npm run build`: the Prisma client and the production bundle.
import { generatePrismaClient, run } from './support';

generatePrismaClient();
run('next', ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

import { generatePrismaClient } from './support';

generatePrismaClient();

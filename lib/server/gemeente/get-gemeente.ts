import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db';

export const getGemeente = cache((gemeenteId: string) => prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } }));

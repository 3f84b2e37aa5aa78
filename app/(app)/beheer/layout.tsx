import { BeheerNav } from './_components/beheer-nav';

export default function BeheerLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <BeheerNav />
      {children}
    </>
  );
}

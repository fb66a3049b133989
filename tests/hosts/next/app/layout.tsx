import type { ReactNode } from 'react';

export const metadata = { title: 'Apotek: kassan', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  );
}

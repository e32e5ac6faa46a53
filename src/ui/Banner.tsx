import type { ReactNode } from 'react';

/** The illustrative-data banner: a status region that cannot be dismissed. */
export function Banner({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: ReactNode;
}) {
  return (
    <div role="status" className="banner banner--warning">
      <strong className="banner__title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </strong>
      {children ? <span className="banner__detail"> {children}</span> : null}
    </div>
  );
}

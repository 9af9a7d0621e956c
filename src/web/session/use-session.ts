import { createContext, useContext } from "react";
import { can, type Permission } from "../../domain/roles.ts";
import type { Me } from "../api/types.ts";

/** The session of a logged-in page; pages below the session gate can rely on it. */
export const SessionContext = createContext<Me | null>(null);

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useSession is used outside the session gate.");
  return me;
}

export function useCan(permission: Permission): boolean {
  return can(useSession().roles, permission);
}

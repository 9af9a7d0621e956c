import { request } from "./http.ts";
import type { Me } from "./types.ts";

export const authApi = {
  login: (email: string, password: string) =>
    request<Me>("POST", "/auth/login", { body: { email, password }, allowUnauthenticated: true }),
  me: () => request<Me>("GET", "/me", { allowUnauthenticated: true }),
  logout: () => request<void>("POST", "/auth/logout", { allowUnauthenticated: true }),
  acceptInvitation: (token: string, password: string) =>
    request<{ email: string }>("POST", "/invitations/accept", {
      body: { token, password },
      allowUnauthenticated: true,
    }),
};

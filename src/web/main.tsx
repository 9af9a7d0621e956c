import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/lists.css";
import "./styles/site.css";
import "./styles/encyclopedia.css";
import "./styles/prices.css";
import "./styles/protocols.css";
import "./styles/verdicts.css";
import "./styles/advisor.css";
import "./styles/advice.css";
import "./styles/screening.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element.");

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);

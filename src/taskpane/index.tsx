import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelWorkbookService } from "../excel/excelWorkbookService";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FailureMessage } from "./components/FailureMessage";
import { TaskpaneFrame } from "./components/TaskpaneFrame";
import { readOfficeTheme } from "./officeTheme";
import { failureText } from "./text/failure";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const theme = readOfficeTheme();
  if (theme.background) document.body.style.backgroundColor = theme.background;
  const service = createExcelWorkbookService();
  createRoot(container).render(
    <StrictMode>
      <TaskpaneFrame theme={theme}>
        {/* Each section has its own boundary; this one is for a failure outside them. */}
        <ErrorBoundary
          fallback={(error, reset) => <FailureMessage text={failureText(error)} onAction={reset} />}
        >
          <App service={service} />
        </ErrorBoundary>
      </TaskpaneFrame>
    </StrictMode>
  );
});

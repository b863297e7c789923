import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelWorkbookService } from "../excel/excelWorkbookService";
import { App } from "./App";
import { readOfficeTheme } from "./officeTheme";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const theme = readOfficeTheme();
  if (theme.background) document.body.style.backgroundColor = theme.background;
  createRoot(container).render(
    <StrictMode>
      <App service={createExcelWorkbookService()} theme={theme} />
    </StrictMode>
  );
});

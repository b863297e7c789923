/* Placeholder taskpane: the workbench UI arrives with the taskpane issue. */
Office.onReady(() => {
  const root = document.getElementById("root");
  if (root)
    root.textContent = "DEAL is loaded. Type =DEAL. in a cell to use the pricing functions.";
});

import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { MODEL_PRICES, ModelPrice } from "../content/catalog";
import { PLAYBOOK_SECTIONS } from "../content/playbook";
import type { ModelSettings, Offer } from "../dealModel";
import type { WorkbookService } from "../excel/workbookService";
import type { ChecklistLayout } from "../workbook/checklistSheets";
import { BenchmarkPanel } from "./components/BenchmarkPanel";
import { ChecklistPanel } from "./components/ChecklistPanel";
import { InsertAllPanel } from "./components/InsertAllPanel";
import { DealModelPanel } from "./components/model/DealModelPanel";
import { PanelBoundary } from "./components/PanelBoundary";
import { SharingPanel } from "./components/SharingPanel";
import { useInsertAction } from "./hooks/useInsertAction";
import { usePriceFile } from "./hooks/usePriceFile";
import { useSectionSelection } from "./hooks/useSectionSelection";
import { useSharing } from "./hooks/useSharing";
import { summarizeCatalog } from "./text/catalogSummary";
import { count } from "./text/count";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    maxWidth: "40rem",
  },
});

const BUILT_IN_SUMMARY = summarizeCatalog(MODEL_PRICES);

export interface AppProps {
  /** The workbook: every insert goes through it. */
  readonly service: WorkbookService;
}

const DEFAULT_LAYOUT: ChecklistLayout = "sheetPerSection";

/**
 * The DEAL taskpane: playbook checklists, the competitor benchmark, the deal model, and preparing
 * for sharing. Each section has its own error boundary, so that one that fails leaves the others
 * working; resetting one restores the state it keeps here.
 */
export function App({ service }: AppProps) {
  const styles = useStyles();
  const selection = useSectionSelection(PLAYBOOK_SECTIONS);
  const [layout, setLayout] = useState<ChecklistLayout>(DEFAULT_LAYOUT);
  const priceFile = usePriceFile(MODEL_PRICES);

  const checklists = useInsertAction(
    (codes: readonly string[], chosenLayout: ChecklistLayout) =>
      service.insertChecklists(codes, chosenLayout),
    (_report, codes) => `Inserted ${count(codes.length, "checklist")}`
  );
  const benchmark = useInsertAction(
    (catalog: readonly ModelPrice[]) => service.insertBenchmark(catalog),
    (_report, catalog) => `Inserted the benchmark of ${count(catalog.length, "model")}`
  );
  const everything = useInsertAction(
    (codes: readonly string[], chosenLayout: ChecklistLayout, catalog: readonly ModelPrice[]) =>
      service.insertEverything(codes, chosenLayout, catalog),
    (_report, codes, _layout, catalog) =>
      `Inserted ${count(codes.length, "checklist")} and the benchmark of ${count(catalog.length, "model")}`
  );
  const model = useInsertAction(
    (offers: readonly Offer[], settings: ModelSettings) => service.insertModel(offers, settings),
    (_report, offers) => `Wrote the model of ${count(offers.length, "offer")}`
  );
  // What "Reset this section" restores of the state kept here: the section's defaults.
  const resetChecklists = () => {
    selection.selectAll();
    setLayout(DEFAULT_LAYOUT);
    checklists.clearOutcome();
  };
  const resetBenchmark = () => {
    priceFile.clear();
    benchmark.clearOutcome();
  };
  const sharing = useSharing((action, scope) => service.prepareForSharing(action, scope));
  const checklistsRunning = checklists.status === "running";
  const benchmarkRunning = benchmark.status === "running";
  const everythingRunning = everything.status === "running";
  const modelRunning = model.status === "running";
  const sharingRunning = sharing.running !== undefined;

  return (
    <main className={styles.main}>
      <PanelBoundary title="Playbook checklists" onReset={resetChecklists}>
        <ChecklistPanel
          sections={PLAYBOOK_SECTIONS}
          isSelected={selection.isSelected}
          selectedCodes={selection.selectedCodes}
          onSelectedChange={selection.setSelected}
          onSelectAll={selection.selectAll}
          onSelectNone={selection.selectNone}
          layout={layout}
          onLayoutChange={setLayout}
          onInsert={() => void checklists.run(selection.selectedCodes, layout)}
          running={checklistsRunning}
          blocked={benchmarkRunning || everythingRunning || modelRunning || sharingRunning}
          outcome={checklists.outcome}
        />
      </PanelBoundary>
      <Divider />
      <PanelBoundary title="Competitor benchmark" onReset={resetBenchmark}>
        <BenchmarkPanel
          builtInSummary={BUILT_IN_SUMMARY}
          catalogSummary={summarizeCatalog(priceFile.catalog)}
          catalogEmpty={priceFile.catalog.length === 0}
          priceFile={priceFile.state}
          mode={priceFile.mode}
          onModeChange={priceFile.setMode}
          onChooseFile={(file) => void priceFile.choose(file)}
          onClearFile={priceFile.clear}
          onChoiceChange={priceFile.setChoice}
          onIncludeZeroPricedChange={priceFile.setIncludeZeroPriced}
          onInsert={() => void benchmark.run(priceFile.catalog)}
          running={benchmarkRunning}
          blocked={checklistsRunning || everythingRunning || modelRunning || sharingRunning}
          outcome={benchmark.outcome}
        />
      </PanelBoundary>
      <Divider />
      <PanelBoundary title="Both at once" onReset={everything.clearOutcome}>
        <InsertAllPanel
          summary={`${count(selection.selectedCodes.length, "checklist")} and the benchmark of ${count(priceFile.catalog.length, "model")}`}
          onInsert={() => void everything.run(selection.selectedCodes, layout, priceFile.catalog)}
          running={everythingRunning}
          blocked={
            checklistsRunning ||
            benchmarkRunning ||
            modelRunning ||
            sharingRunning ||
            selection.selectedCodes.length === 0 ||
            priceFile.catalog.length === 0
          }
          outcome={everything.outcome}
        />
      </PanelBoundary>
      <Divider />
      {/* The offers live in the panel, so that resetting it goes back to the example. */}
      <PanelBoundary title="Deal model" onReset={model.clearOutcome}>
        <DealModelPanel
          catalog={priceFile.catalog}
          readSelectedUsage={() => service.readSelectedUsage()}
          onWrite={(offers, settings) => void model.run(offers, settings)}
          running={modelRunning}
          blocked={checklistsRunning || benchmarkRunning || everythingRunning || sharingRunning}
          outcome={model.outcome}
        />
      </PanelBoundary>
      <Divider />
      <PanelBoundary title="Prepare for sharing">
        <SharingPanel
          scope={sharing.scope}
          onScopeChange={sharing.setScope}
          onRun={(action) => void sharing.run(action)}
          running={sharing.running}
          blocked={checklistsRunning || benchmarkRunning || everythingRunning || modelRunning}
          message={sharing.message}
        />
      </PanelBoundary>
    </main>
  );
}

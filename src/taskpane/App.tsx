import {
  Divider,
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { MODEL_PRICES, ModelPrice } from "../content/catalog";
import { PLAYBOOK_SECTIONS } from "../content/playbook";
import type { Offer } from "../dealModel";
import type { ChecklistLayout, WorkbookService } from "../workbook/workbookService";
import { BenchmarkPanel } from "./components/BenchmarkPanel";
import { ChecklistPanel } from "./components/ChecklistPanel";
import { InsertAllPanel } from "./components/InsertAllPanel";
import { DealModelPanel } from "./components/model/DealModelPanel";
import { SharingPanel } from "./components/SharingPanel";
import { useInsertAction } from "./hooks/useInsertAction";
import { useOffers } from "./hooks/useOffers";
import { usePriceFile } from "./hooks/usePriceFile";
import { useSectionSelection } from "./hooks/useSectionSelection";
import { useSharing } from "./hooks/useSharing";
import type { TaskpaneTheme } from "./officeTheme";
import { summarizeCatalog } from "./text/catalogSummary";
import { count } from "./text/count";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
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
  readonly theme: TaskpaneTheme;
}

/**
 * The DEAL taskpane: playbook checklists, the competitor benchmark, the deal model, and preparing
 * for sharing.
 */
export function App({ service, theme }: AppProps) {
  const styles = useStyles();
  const selection = useSectionSelection(PLAYBOOK_SECTIONS);
  const [layout, setLayout] = useState<ChecklistLayout>("sheetPerSection");
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
  const offerForm = useOffers();
  const model = useInsertAction(
    (offers: readonly Offer[]) => service.insertModel(offers),
    (_report, offers) => `Wrote the model of ${count(offers.length, "offer")}`
  );
  const sharing = useSharing((action, scope) => service.prepareForSharing(action, scope));
  const checklistsRunning = checklists.status === "running";
  const benchmarkRunning = benchmark.status === "running";
  const everythingRunning = everything.status === "running";
  const modelRunning = model.status === "running";
  const sharingRunning = sharing.running !== undefined;

  return (
    <FluentProvider
      theme={theme.dark ? webDarkTheme : webLightTheme}
      className={styles.provider}
      // Office's own pane colour where the host gives it, so the taskpane does not stand out.
      style={theme.background ? { backgroundColor: theme.background } : undefined}
    >
      <main className={styles.main}>
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
        <Divider />
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
        <Divider />
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
        <Divider />
        <DealModelPanel
          form={offerForm}
          catalog={priceFile.catalog}
          readSelectedUsage={() => service.readSelectedUsage()}
          onWrite={() => void model.run(offerForm.offers)}
          running={modelRunning}
          blocked={checklistsRunning || benchmarkRunning || everythingRunning || sharingRunning}
          outcome={model.outcome}
        />
        <Divider />
        <SharingPanel
          scope={sharing.scope}
          onScopeChange={sharing.setScope}
          onRun={(action) => void sharing.run(action)}
          running={sharing.running}
          blocked={checklistsRunning || benchmarkRunning || everythingRunning || modelRunning}
          message={sharing.message}
        />
      </main>
    </FluentProvider>
  );
}

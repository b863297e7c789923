import {
  Button,
  CounterBadge,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import type { CellsForecast, ModelSettings, Offer } from "../../../dealModel";
import { useOffers } from "../../hooks/useOffers";
import { MODEL_INTRO } from "../../text/modelIntro";
import { offerTabLabel } from "../../text/offerLabel";
import type { Outcome } from "../../text/outcome";
import { InsertButton } from "../InsertButton";
import { OutcomeMessage } from "../OutcomeMessage";
import { useSectionStyles } from "../styles";
import { ModelPreview } from "./ModelPreview";
import { OfferFields } from "./OfferFields";
import { SettingsGroup } from "./SettingsGroup";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  // Four tabs share the pane's width and wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap", minWidth: 0 },
  tab: { minWidth: 0 },
  tabLabel: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface DealModelPanelProps {
  /** The benchmark catalog the model picker offers. */
  readonly catalog: readonly ModelPrice[];
  /** Reads the forecast in the selected cells, for an offer's forecast from cells. */
  readonly readSelectedUsage: () => Promise<CellsForecast>;
  /** Writes the model of these offers with these settings. */
  readonly onWrite: (offers: readonly Offer[], settings: ModelSettings) => void;
  readonly running: boolean;
  /** Another insert is running. */
  readonly blocked: boolean;
  readonly outcome?: Outcome;
}

/**
 * Two to four offers, a tab each, and writing the deal model that compares them. The form lives
 * here, so that remounting the panel starts it afresh from the example.
 */
export function DealModelPanel({
  catalog,
  readSelectedUsage,
  onWrite,
  running,
  blocked,
  outcome,
}: DealModelPanelProps) {
  const shared = useSectionStyles();
  const styles = useStyles();
  const headingId = useId("model-heading");
  const tabId = useId("offer-tab");
  const panelId = useId("offer-panel");
  const form = useOffers();
  const { offers, selected, problems, preview, blocker } = form;
  const offer = offers[selected];

  return (
    <section className={shared.section} aria-labelledby={headingId} aria-busy={running}>
      <div className={styles.header}>
        <h2 id={headingId} className={shared.heading}>
          Deal model
        </h2>
        <Button size="small" appearance="subtle" onClick={form.reset}>
          Reset to example
        </Button>
      </div>
      <Text className={shared.secondary}>{MODEL_INTRO}</Text>
      <SettingsGroup
        settings={form.settings}
        problems={form.settingsProblems}
        edit={form.editSettings}
      />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => form.select(data.value as number)}
      >
        {offers.map((entry, index) => (
          <Tab
            key={index}
            value={index}
            id={`${tabId}-${index}`}
            aria-controls={panelId}
            className={styles.tab}
          >
            <span className={styles.tabLabel}>
              {offerTabLabel(entry, index)}
              {problems[index].size > 0 && (
                <CounterBadge
                  count={problems[index].size}
                  size="small"
                  color="danger"
                  aria-label={`${problems[index].size} to fix`}
                />
              )}
            </span>
          </Tab>
        ))}
      </TabList>
      <div className={styles.buttons}>
        <Button size="small" disabled={!form.canAdd} onClick={form.add}>
          Add offer
        </Button>
        <Button size="small" disabled={!form.canRemove} onClick={() => form.remove(selected)}>
          Remove offer
        </Button>
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={`${tabId}-${selected}`}
        className={styles.panel}
      >
        {/* Mounted afresh per tab, so that text typed but not finished stays with its offer. */}
        <OfferFields
          key={selected}
          offer={offer}
          problems={problems[selected]}
          edit={(edit) => form.edit(selected, edit)}
          catalog={catalog}
          readSelectedUsage={readSelectedUsage}
        />
      </div>
      {preview && <ModelPreview preview={preview} />}
      {blocker !== undefined && (
        <Text role="status" className={shared.secondary}>
          {blocker}
        </Text>
      )}
      <InsertButton
        label="Write model"
        running={running}
        disabled={blocked || blocker !== undefined || preview?.kind === "problem"}
        onClick={() => onWrite(offers, form.settings)}
      />
      {outcome && <OutcomeMessage outcome={outcome} />}
    </section>
  );
}

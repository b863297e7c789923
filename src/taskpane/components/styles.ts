import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** The layout both taskpane sections share. */
export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  secondary: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
});

package render

import (
	"fmt"
	"strconv"
)

// Choose picks the layout and colouring from the --json and --color flags, the environment and
// whether the output is a terminal:
//
//   - --json wins: JSON, never coloured.
//   - --color=always or CLICOLOR_FORCE (set, not "0") force the styled layout in colour, even when
//     piped; an explicit --color=always beats NO_COLOR, as a command-line flag beats the environment.
//   - --color=never or NO_COLOR (set, non-empty) turn colour off; on a terminal the layout stays styled.
//   - otherwise: styled and coloured on a terminal, plain when piped.
//
// COLUMNS, when it holds a positive number, sets the width the styled layout wraps to.
func Choose(jsonOut bool, color string, isTerminal bool, getenv func(string) string) (Options, error) {
	o := Options{Width: 80}
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		o.Width = n
	}
	switch color {
	case "auto", "always", "never":
	default:
		return o, fmt.Errorf("--color must be auto, always or never, not %q", color)
	}
	if jsonOut {
		o.Format = JSON
		return o, nil
	}
	forced := color == "always" || (color == "auto" && getenv("CLICOLOR_FORCE") != "" && getenv("CLICOLOR_FORCE") != "0")
	noColor := color == "never" || (color == "auto" && getenv("NO_COLOR") != "")
	switch {
	case forced && color == "always":
		o.Format, o.Color = Styled, true
	case noColor:
		if isTerminal {
			o.Format = Styled
		}
	case forced:
		o.Format, o.Color = Styled, true
	case isTerminal:
		o.Format, o.Color = Styled, true
	}
	return o, nil
}
